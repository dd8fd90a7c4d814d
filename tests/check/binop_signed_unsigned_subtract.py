import __static__
from __static__ import int64, uint64, int32


def ok(a: int64, b: int32) -> int64:
    return a - b


def bad(a: int64, b: uint64) -> None:
    a - b  # error: cannot subtract int64 and uint64
