import __static__
from __static__ import int64


def f(x: int) -> int64:
    a = int64(x)
    return int64(x, 2)  # error: int64 requires a single argument (2 given)
