import __static__
from __static__ import double, box
import math


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def perimeter(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.3f} perim={self.perimeter():.2f}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s: float) -> None:
        Rect.__init__(self, s, s)
        self.name = "square"


def total_area(shapes: list) -> float:
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


shapes = [Circle(1.5), Rect(2, 3.5), Square(4), Shape("blob")]
for s in shapes:
    print(s.describe())
    print(repr(s))
print(f"total={total_area(shapes):10.4f}|")
print([s.name for s in sorted(shapes, key=Shape.area)])
print(isinstance(shapes[2], Rect), isinstance(shapes[1], Square))
