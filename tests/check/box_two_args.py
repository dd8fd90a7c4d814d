import __static__
from __static__ import box, int64


def f(x: int64) -> None:
    a = box(x)
    b = box(x, x)  # error: box only accepts a single argument
