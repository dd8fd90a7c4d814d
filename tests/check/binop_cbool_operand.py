import __static__
from __static__ import cbool


def f(a: cbool, b: cbool) -> cbool:
    c = a and b
    d = a + b  # error: cbool is not a valid operand type for add
    return c
