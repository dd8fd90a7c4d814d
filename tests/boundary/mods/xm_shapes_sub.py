"""Static classes deriving from another compiled module's static class (xm_shapes):
inherited fields at the base's offsets, own primitive fields after them, overrides
in the base's vtable slots, inherited methods and properties, super().__init__."""
import __static__
from __static__ import int64, double, box
from xm_shapes import Shape, describe_one


class Rect(Shape):
    def __init__(self, w: double, h: double) -> None:
        super().__init__("rect", 4)
        self.w: double = w
        self.h: double = h
        self.hits: int64 = 0

    def area(self) -> double:
        self.hits += 1
        return self.w * self.h * self.scale


class Square(Rect):
    def __init__(self, side: double) -> None:
        super().__init__(side, side)
        self.name = "square"

    def describe(self) -> str:
        return "[" + Shape.describe(self) + "]"


def total_area(rs: list) -> double:
    t: double = 0.0
    for r in rs:
        rect: Rect = r
        t += rect.area()
    return t


def summary(r: Rect) -> str:
    r.label = r.name.upper()
    return r.describe() + " " + r.label + " " + str(box(r.sides + r.hits)) + " " + describe_one(r)
