import __static__
from __static__ import double, int64


def f(d: double, i: int64) -> int64:
    j = ~i
    e = ~d  # error: Cannot invert/not a double
    return j
