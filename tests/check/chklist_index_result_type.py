import __static__
from __static__ import CheckedList, int64


def f(xs: CheckedList[str], i: int64) -> str:
    a = xs[i]
    b: int = xs[0]  # error: type mismatch: str cannot be assigned to int
    return a
