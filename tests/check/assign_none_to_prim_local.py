import __static__
from __static__ import int64


def f(x: int64) -> int64:
    x = 2
    x = None  # error: type mismatch: None cannot be assigned to int64
    return x
