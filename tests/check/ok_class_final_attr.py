import __static__
from typing import Final


class C:
    y: Final[int]

    def __init__(self) -> None:
        self.x: Final[int] = 1
        self.y = 2


def f(c: C) -> int:
    return c.x + c.y
