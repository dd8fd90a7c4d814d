import __static__
import xmods.shapes
from xmods import shapes as sh


def ok() -> int:
    p: xmods.shapes.Point = sh.make(2)
    return xmods.shapes.twice(3)


def bad() -> str:
    xmods.shapes.twice("s")  # error: type mismatch: str received for positional arg 'n', expected int
    q: sh.Point = "p"  # error: type mismatch: str cannot be assigned to xmods.shapes.Point
    return sh.twice(1)  # error: mismatched types: expected str because of return type, found int instead
