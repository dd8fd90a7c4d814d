import __static__
from __static__ import int64, double, box
from typing import Optional, final


class Shape:
    def __init__(self, name: str, sides: int64) -> None:
        self.name: str = name
        self.sides: int64 = sides
        self.scale: double = 1.0
        self.tag: Optional[str] = None

    def area(self) -> double:
        return 0.0

    def describe(self) -> str:
        return self.name + ":" + str(box(self.sides)) + ":" + str(box(self.area()))

    @final
    def doubled(self) -> int64:
        return self.sides * 2

    @property
    def label(self) -> str:
        return self.tag if self.tag is not None else self.name

    @label.setter
    def label(self, v: str) -> None:
        self.tag = v


def describe_all(shapes: list) -> str:
    out = ""
    for s in shapes:
        out += describe_one(s) + ";"
    return out


def describe_one(s: Shape) -> str:
    return s.describe() + "/" + str(box(s.area())) + "/" + str(box(s.doubled())) + "/" + s.label
