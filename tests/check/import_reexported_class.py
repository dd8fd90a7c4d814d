import __static__
from xmods.reexport import Point, origin


def ok() -> Point:
    return origin()


def bad() -> str:
    return origin()  # error: mismatched types: expected str because of return type, found xmods.shapes.Point instead
