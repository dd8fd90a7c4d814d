import __static__
from __static__ import int64
from typing import Final, Optional

ORIGIN: Final[int] = 0
NAME: str = "shapes"


class Point:
    def __init__(self, x: int64, y: int64) -> None:
        self.x: int64 = x
        self.y: int64 = y
        self.label: Optional[str] = None

    def dist2(self) -> int64:
        return self.x * self.x + self.y * self.y

    def tag(self, prefix: str) -> str:
        return prefix


def make(x: int64) -> Point:
    return Point(x, x)


def twice(n: int) -> int:
    return n * 2
