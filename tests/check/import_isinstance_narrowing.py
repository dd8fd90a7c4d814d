import __static__
from xmods.shapes import Point


def ok(o: object) -> Point:
    if isinstance(o, Point):
        return o
    raise TypeError()


def bad(o: object) -> Point:
    return o  # error: mismatched types: expected xmods.shapes.Point because of return type, found object instead
