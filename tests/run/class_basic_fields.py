# Static class with int64/double/cbool/object/str fields set in __init__.
import __static__
from __static__ import int64, double, cbool, box


class Point:
    def __init__(self, x: int64, y: int64, w: double, on: cbool, tag: str) -> None:
        self.x: int64 = x
        self.y: int64 = y
        self.w: double = w
        self.on: cbool = on
        self.tag: str = tag
        self.extra: object = None


def main() -> None:
    p = Point(3, 4, 2.5, True, "p")
    print(box(p.x), box(p.y), box(p.w), box(p.on), p.tag, p.extra)
    p.x += 10
    p.w = p.w * 2.0
    p.on = not p.on
    p.extra = [1, 2]
    print(box(p.x + p.y), box(p.w), box(p.on), p.extra)


main()
