import __static__
from __static__ import CheckedList


def f(xs: list) -> None:
    ok: CheckedList[int] = [int(x) for x in xs]
    bad: CheckedList[int] = [str(x) for x in xs]  # error: type mismatch: chklist[str] cannot be assigned to chklist[int]
