import __static__
from __static__ import int64, double


class C:
    def __init__(self) -> None:
        self.n: int64 = 0
        self.d: double = 0.0


def f(c: C) -> None:
    c.d = 1.5
    c.n = 1.5  # error: type mismatch: float cannot be assigned to int64
