import __static__
from __static__ import int64, double


def f(d: double) -> int64:
    x: int64 = 1
    y: int64 = d  # error: type mismatch: double cannot be assigned to int64
    return x
