import __static__
from __static__ import int64, uint64


def f(x: int64, y: uint64) -> int64:
    return x + y  # error: cannot add int64 and uint64
