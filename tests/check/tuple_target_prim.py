import __static__
from __static__ import int64


def f(t) -> int64:
    x: int64 = 0
    x, y = t  # error: type mismatch: dynamic cannot be assigned to int64
    return x
