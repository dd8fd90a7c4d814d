# CAST to a class with subclasses: each site remembers the last subclass that passed;
# other subclasses, Python subclasses, None for Optional and wrong types still behave.
import __static__
from __static__ import cast
from typing import Optional


class Shape:
    def area(self) -> int:
        return 0


class Square(Shape):
    def area(self) -> int:
        return 4


class Circle(Shape):
    def area(self) -> int:
        return 3


def total(items) -> int:
    t = 0
    for x in items:
        s = cast(Shape, x)
        t += s.area()
    return t


def maybe_area(x) -> int:
    s = cast(Optional[Shape], x)
    if s is None:
        return -1
    return s.area()


def takes(s: Shape) -> int:
    return s.area()


def via_param(items) -> int:
    t = 0
    for x in items:
        t += takes(x)
    return t


def main() -> None:
    class Tri(Shape):
        def area(self) -> int:
            return 5

    mixed = [Square(), Square(), Circle(), Tri(), Shape(), Circle(), Tri()]
    print(total(mixed), via_param(mixed))
    print([maybe_area(x) for x in [None, Square(), None, Tri(), Circle()]])
    for bad in [Square(), "str", 3, Circle()]:
        try:
            print(total([bad]))
        except TypeError as e:
            print("TypeError", e)


main()
