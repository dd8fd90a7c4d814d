import __static__
from __static__ import int64


def f(a: int64, *args: int, k: str = "", **kw: object) -> int64:
    return a


def caller(x: int64) -> int64:
    return f(x, 1, 2, k="s", z=3) + f(x)
