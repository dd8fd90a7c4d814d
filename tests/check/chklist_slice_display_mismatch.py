import __static__
from __static__ import CheckedList


def ok(x: CheckedList[int]) -> None:
    x[1:3] = [2, 3]


def bad(x: CheckedList[int]) -> None:
    x[1:3] = ["a"]  # error: type mismatch: chklist[str] cannot be assigned to chklist[int]
