import __static__
from __static__ import CheckedList


def f() -> None:
    x: CheckedList[int] = ["a"]  # error: type mismatch: chklist[str] cannot be assigned to chklist[int]
