# Creating and dropping many instances; totals checked.
import __static__
from __static__ import int64, double, box
from typing import Optional


class Rec:
    def __init__(self, i: int64, prev: Optional["Rec"]) -> None:
        self.i: int64 = i
        self.f: double = 0.5
        self.prev: Optional[Rec] = prev
        self.name: str = "r"


def churn(n: int64) -> int64:
    s: int64 = 0
    i: int64 = 0
    while i < n:
        r = Rec(i, None)
        s += r.i
        i += 1
    return s


def chain(n: int64) -> int64:
    head: Optional[Rec] = None
    i: int64 = 0
    while i < n:
        head = Rec(i, head)
        i += 1
    s: int64 = 0
    while head is not None:
        s += head.i
        head = head.prev
    return s


def main() -> None:
    print(box(churn(20000)), box(chain(20000)))


main()
