import __static__
from __static__ import int64, double


def f(a: int64) -> double:
    d: double = 1
    e: double = a  # error: type mismatch: int64 cannot be assigned to double
    return d
