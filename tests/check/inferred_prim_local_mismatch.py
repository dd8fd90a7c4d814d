import __static__
from __static__ import int64


def f(x: int64) -> None:
    y = x
    y = "s"  # error: type mismatch: str cannot be assigned to int64
