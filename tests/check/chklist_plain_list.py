import __static__
from __static__ import CheckedList


def f(l: list) -> None:
    x: CheckedList[int] = l  # error: type mismatch: list cannot be assigned to chklist[int]
