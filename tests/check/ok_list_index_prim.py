import __static__
from __static__ import int64


def f(l: list, i: int64) -> None:
    l[i] = l[i + 1]
