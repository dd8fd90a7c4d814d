import __static__
from __static__ import int64, double


def f(d: double, o: float) -> int64:
    a: int64 = int64(o)
    return int64(d)  # error: type mismatch: double cannot be assigned to int64
