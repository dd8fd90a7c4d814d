import __static__
from __static__ import int64, uint64, int32


def f(a: int64, b: uint64, c: int32) -> None:
    x = a < c
    y = a < b  # error: can't compare int64 to uint64
