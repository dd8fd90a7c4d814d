import __static__
from __static__ import int64


def f(a: int64, xs: list) -> bool:
    return a in xs
