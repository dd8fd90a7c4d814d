import __static__
from __static__ import int8, uint8, int64, double


def ok(a: int64, b: int64) -> double:
    return a ** b


def bad(a: int8, b: uint8) -> None:
    a ** b  # error: cannot pow int8 and uint8
