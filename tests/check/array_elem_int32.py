import __static__
from __static__ import Array, int64, int32


def ok(a: Array[int64]) -> int64:
    return a[0]


def bad(a: Array[int32]) -> None:  # error: Invalid Array element type: int32
    pass
