import __static__
from __static__ import int64


def f(a: int64) -> None:
    x: int = a  # error: type mismatch: int64 cannot be assigned to int
