import __static__
from __static__ import int64, double


def f(x: int64, y: double) -> double:
    return x * y  # error: cannot multiply int64 and double
