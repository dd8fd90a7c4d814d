# cast(C, x) from dynamic / object values to static classes.
import __static__
from __static__ import int64, box, cast
from typing import Optional


class Box:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v

    def get(self) -> int64:
        return self.v


class BigBox(Box):
    def get(self) -> int64:
        return self.v * 100


def first_value(items: list) -> int64:
    b = cast(Box, items[0])
    return b.get()


def maybe(o: object) -> int64:
    b = cast(Optional[Box], o)
    if b is None:
        return -1
    return b.get()


def main() -> None:
    items = [Box(3), BigBox(4)]
    print(box(first_value(items)))
    print(box(cast(Box, items[1]).get()))
    print(box(maybe(None)), box(maybe(Box(8))))
    d = {"k": BigBox(2), "bad": "oops"}
    print(box(cast(BigBox, d["k"]).get()))
    print(box(cast(Box, d["bad"]).get()))


main()
