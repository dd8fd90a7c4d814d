import __static__
from __static__ import int64, int8


def f(a: int64 = 5, b: int8 = -3) -> int64:
    return a + b


def g(a: int8 = 300) -> int8:  # error: type mismatch: Literal[300] cannot be assigned to int8
    return a
