import __static__
from __static__ import int64


class C:
    def __init__(self) -> None:
        self.x: int64 = 0


def f(c: C, y: int) -> None:
    c.x = y  # error: type mismatch: int cannot be assigned to int64
