import __static__
from __static__ import int64, double


def f(x: int64) -> double:
    return double(x)  # error: type mismatch: double cannot be created from int64
