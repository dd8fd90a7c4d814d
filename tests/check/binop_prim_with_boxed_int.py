import __static__
from __static__ import int64


def f(a: int64, n: int) -> int64:
    b = a + 1
    return a * n  # error: cannot multiply int64 and int
