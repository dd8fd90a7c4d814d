import __static__
from __static__ import int64


def f(x: int64) -> None:
    y = "a"
    y = x  # error: type mismatch: int64 cannot be assigned to dynamic
