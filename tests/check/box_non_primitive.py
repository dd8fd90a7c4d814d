import __static__
from __static__ import box, int64


def f(x: int64, n: int) -> int:
    a = box(x)
    return box(n)  # error: can't box non-primitive: int
