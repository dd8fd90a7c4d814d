import __static__
from __static__ import cbool


def f(b: bool) -> cbool:
    c: cbool = cbool(b)
    d: cbool = True
    e: cbool = b  # error: type mismatch: bool cannot be assigned to cbool
    return c
