import __static__
from __static__ import int64, box


def f(x: int64) -> tuple:
    t = (box(x), 1)
    return (x, 1)  # error: type mismatch: int64 cannot be assigned to dynamic
