import __static__
from __static__ import int64
from xmods.shapes import ORIGIN


def ok() -> int64:
    return int64(ORIGIN)


def bad() -> int64:
    return ORIGIN  # error: mismatched types: expected int64 because of return type, found int instead
