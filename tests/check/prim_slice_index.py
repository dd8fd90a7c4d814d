import __static__
from __static__ import int64, box


def f(xs: list, i: int64) -> list:
    a = xs[box(i):]
    return xs[i:]  # error: slice index cannot be a primitive
