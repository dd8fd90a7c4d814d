import __static__
from xmods.shapes import Point


def ok() -> Point:
    return Point(1, 2)


def bad() -> None:
    Point(1, 2, 3)  # error: Mismatched number of args for function xmods.shapes.Point.__init__. Expected 3, got 4
    Point(1, "y")  # error: type mismatch: str received for positional arg 'y', expected int64
