import __static__
from __static__ import cbool


def f() -> cbool:
    a: cbool = True
    b: cbool = False
    c: cbool = 0  # error: type mismatch: Literal[0] cannot be assigned to cbool
    return a
