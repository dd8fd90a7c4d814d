import __static__
from __static__ import double, int64


def f(x, y: float) -> None:
    a: int64 = int64(x)
    d: double = double(y)
    e: double = y  # error: type mismatch: dynamic cannot be assigned to double
    g: int64 = x  # error: type mismatch: dynamic cannot be assigned to int64
