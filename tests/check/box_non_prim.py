import __static__
from __static__ import box


def f(x: int) -> int:
    return box(x)  # error: can't box non-primitive: int
