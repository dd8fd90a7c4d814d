import __static__
from __static__ import int64


def f(c: bool) -> int64:
    x: int64
    if c:
        x = 1
    return x
