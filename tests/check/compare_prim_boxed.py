import __static__
from __static__ import int64


def f(x: int64, y: int) -> bool:
    if x < y:  # error: can't compare int64 to int
        return True
    return False
