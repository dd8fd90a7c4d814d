import __static__
from __static__ import int64


class C:
    def __init__(self) -> None:
        self.n: int64 = 0


def f(c: C, x: int) -> None:
    c.n += 1
    c.n += x  # error: cannot add int64 and int
