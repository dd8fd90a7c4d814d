import __static__
from xmods.shapes import Point


def ok(p: Point) -> str:
    if p.label is not None:
        return p.label
    return ""


def bad(p: Point) -> str:
    return p.label  # error: mismatched types: expected str because of return type, found Optional[str] instead
