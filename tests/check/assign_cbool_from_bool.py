import __static__
from __static__ import cbool


def f(b: bool) -> None:
    c: cbool = b  # error: type mismatch: bool cannot be assigned to cbool
