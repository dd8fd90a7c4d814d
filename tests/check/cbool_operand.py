import __static__
from __static__ import cbool


def f(a: cbool, b: cbool) -> None:
    c = a & b  # error: cbool is not a valid operand type for bitwise and
