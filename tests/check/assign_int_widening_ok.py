import __static__
from __static__ import int8, int16, int32, int64


def f(a: int8, b: int16, c: int32) -> int64:
    x: int16 = a
    y: int32 = b
    z: int64 = c
    w: int8 = z  # error: type mismatch: int64 cannot be assigned to int8
    return z
