import __static__
from __static__ import Array, int64


def f(a: Array[int64]) -> int64:
    x = a[1]
    b = a[1:3]  # error: Static arrays cannot be sliced
    return x
