import __static__
from __static__ import int64


def f(a: int64) -> int64:
    x = a
    x = x + 1
    x = "s"  # error: type mismatch: str cannot be assigned to int64
    return x
