import __static__
from __static__ import double


def f(x: float) -> double:
    y: double = x  # error: type mismatch: dynamic cannot be assigned to double
    return y
