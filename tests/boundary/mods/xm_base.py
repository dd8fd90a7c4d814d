import __static__
from __static__ import int64, double
from typing import Final, Optional

SCALE: Final[int] = 10


class Counter:
    def __init__(self, start: int64) -> None:
        self.n: int64 = start
        self.ratio: double = 0.5
        self.name: Optional[str] = None

    def bump(self, by: int64) -> int64:
        self.n += by
        return self.n


def scaled(x: int64) -> int64:
    return x * int64(SCALE)


def label(c: Counter) -> str:
    return "counter" if c.name is None else c.name
