import __static__
from __static__ import int64


def f(x: int) -> int64:
    a = int64(x)
    return int64("s")  # error: type mismatch: str cannot be assigned to int64
