# Static-to-static calls with defaults, keyword arguments and keyword-only parameters.
import __static__
from __static__ import int64, double, box


def scaled(a: int64, b: int64 = 10, *, scale: int64 = 1) -> int64:
    return (a + b) * scale


def label(name: str, count: int = 1, sep: str = ":") -> str:
    return name + sep + str(count)


def area(w: double, h: double = 2.0) -> double:
    return w * h


def kwonly(*, x: int, y: int = 5) -> int:
    return x * 100 + y


def main() -> None:
    print(box(scaled(1)))
    print(box(scaled(1, 2)))
    print(box(scaled(1, b=3)))
    print(box(scaled(b=4, a=2)))
    print(box(scaled(1, 2, scale=3)))
    print(box(scaled(a=1, scale=-1)))
    print(label("a"), label("b", 2), label("c", sep="="), label(count=7, name="d"))
    print(box(area(1.5)), box(area(1.5, 4.0)), box(area(h=0.5, w=8.0)))
    print(kwonly(x=1), kwonly(y=2, x=3))


main()
