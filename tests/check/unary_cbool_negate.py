import __static__
from __static__ import cbool


def f(c: cbool) -> cbool:
    d = not c
    e = -c  # error: cbool is not a valid operand type for unary operator
    return d
