import __static__
from __static__ import int64
from xmods.shapes import Point, make, twice, NAME


def ok(p: Point) -> int64:
    q: Point = make(3)
    n: int = twice(2)
    s: str = NAME
    return q.dist2() + p.x


def bad(p: Point) -> None:
    make("a")  # error: type mismatch: str received for positional arg 'x', expected int64
    twice(1, 2)  # error: Mismatched number of args for function xmods.shapes.twice. Expected 1, got 2
    y: str = p.x  # error: type mismatch: int64 cannot be assigned to str
    z: int64 = twice(1)  # error: type mismatch: int cannot be assigned to int64
    p.tag(3)  # error: type mismatch: Literal[3] received for positional arg 'prefix', expected str
    n: int = NAME  # error: type mismatch: str cannot be assigned to int
