import __static__
from __static__ import CheckedList, CheckedDict, int64


def ok(a: CheckedList[int], d: CheckedDict[str, int]) -> None:
    pass


def bad(a: CheckedList[int64]) -> None:  # error: type mismatch: int64 cannot be a type argument of chklist
    pass
