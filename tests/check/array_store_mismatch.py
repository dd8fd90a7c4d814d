import __static__
from __static__ import Array, int64


def f(a: Array[int64], x: str) -> None:
    a[0] = x  # error: type mismatch: str cannot be assigned to int64
