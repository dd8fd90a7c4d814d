# Overriding with virtual calls through base-typed variables.
import __static__
from __static__ import int64, box


class Shape:
    def area(self) -> int64:
        return 0

    def name(self) -> str:
        return "shape"

    def describe(self) -> str:
        return self.name() + ":" + str(box(self.area()))


class Rect(Shape):
    def __init__(self, w: int64, h: int64) -> None:
        self.w: int64 = w
        self.h: int64 = h

    def area(self) -> int64:
        return self.w * self.h

    def name(self) -> str:
        return "rect"


class Square(Rect):
    def __init__(self, s: int64) -> None:
        Rect.__init__(self, s, s)

    def name(self) -> str:
        return "square"


def total(shapes: list) -> int64:
    t: int64 = 0
    for s in shapes:
        sh: Shape = s
        t += sh.area()
    return t


def main() -> None:
    shapes = [Shape(), Rect(2, 3), Square(4)]
    for s in shapes:
        sh: Shape = s
        print(sh.describe())
    print(box(total(shapes)))
    b: Shape = Square(5)
    print(b.name(), box(b.area()))


main()
