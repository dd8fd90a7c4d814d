import __static__
from __static__ import int64


def ok() -> int64:
    return 0


def bad() -> int64:
    return None  # error: mismatched types: expected int64 because of return type, found None instead
