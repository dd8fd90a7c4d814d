import __static__
from __static__ import int64, uint64


def f(a: int64, b: uint64) -> int64:
    a += 1
    a -= b  # error: cannot subtract int64 and uint64
    return a
