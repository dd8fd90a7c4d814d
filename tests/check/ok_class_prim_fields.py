import __static__
from __static__ import int64, cbool, double, box


class Acc:
    def __init__(self) -> None:
        self.n: int64 = 0
        self.on: cbool = True
        self.d: double = 0.5

    def bump(self, k: int64) -> int64:
        self.n += k
        self.n = self.n * 2
        self.d = self.d * 2.0
        if self.on:
            self.n -= 1
        return self.n


def use() -> int:
    a = Acc()
    a.n = 3
    return box(a.bump(2))
