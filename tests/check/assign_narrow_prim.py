import __static__
from __static__ import int32, int64


def f(a: int64) -> int32:
    x: int32 = a  # error: type mismatch: int64 cannot be assigned to int32
    return x
