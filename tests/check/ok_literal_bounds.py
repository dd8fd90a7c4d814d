import __static__
from __static__ import int8, uint8, int64, uint64


def f() -> int64:
    a: int8 = -128
    b: int8 = 127
    c: uint8 = 255
    d: int64 = -9223372036854775808
    e: uint64 = 18446744073709551615
    return d
