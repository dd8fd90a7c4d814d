import __static__
from __static__ import int64


def f(a: int) -> None:
    x: int64 = a  # error: type mismatch: int cannot be assigned to int64
