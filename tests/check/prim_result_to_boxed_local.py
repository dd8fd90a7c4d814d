import __static__
from __static__ import int64, box


def f(x: int64) -> None:
    a: int = box(x + 1)
    b: int = x + 1  # error: type mismatch: int64 cannot be assigned to int
