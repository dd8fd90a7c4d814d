import __static__
from __static__ import int64, double


def f(x: double) -> int64:
    return int64(x)  # error: type mismatch: double cannot be assigned to int64
