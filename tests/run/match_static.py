import __static__
from __static__ import int64, box
from typing import Optional


class Shape:
    def __init__(self, kind: str, size: int) -> None:
        self.kind: str = kind
        self.size: int = size


def area(s: Shape) -> int:
    match s.kind:
        case "square":
            return s.size * s.size
        case "line" | "point":
            return 0
        case other:
            print("unknown", other)
            return -1


def classify(n: int64) -> str:
    total: int = 0
    match box(n):
        case 0:
            total = 1
        case int(k) if k < 0:
            total = 2
        case _:
            total = 3
    return str(total)


def first(xs: list) -> Optional[int]:
    match xs:
        case [int(a), *_]:
            return a
        case _:
            return None


print(area(Shape("square", 3)), area(Shape("line", 3)), area(Shape("blob", 1)))
print(classify(0), classify(-5), classify(7))
print(first([4, 5]), first(["x"]), first([]))
