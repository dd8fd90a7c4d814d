import __static__
from __static__ import int64, double


def f(a: int64, d: double) -> double:
    e = d + 1.0
    return d - a  # error: cannot subtract double and int64
