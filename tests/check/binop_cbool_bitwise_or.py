import __static__
from __static__ import cbool


def f(a: cbool, b: cbool) -> cbool:
    c = a or b
    d = a | b  # error: cbool is not a valid operand type for bitwise or
    return c
