import __static__
from __static__ import int64


def f(x: int64, y: int) -> int64:
    return x + y  # error: cannot add int64 and int
