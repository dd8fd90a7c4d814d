import __static__
from __static__ import Array, int64

ArrayI64 = Array[int64]


def f(n: int) -> int64:
    a = ArrayI64(n)
    a[0] = 5
    a[1] += a[0]
    return a[1]


def g(a: ArrayI64) -> None:
    a[0] = "s"  # error: type mismatch: str cannot be assigned to int64
