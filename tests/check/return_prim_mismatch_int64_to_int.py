import __static__
from __static__ import int64, box


def ok(x: int64) -> int:
    return box(x)


def bad(x: int64) -> int:
    return x  # error: mismatched types: expected int because of return type, found int64 instead
