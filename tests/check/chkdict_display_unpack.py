import __static__
from __static__ import CheckedDict


def same(a: CheckedDict[str, int]) -> CheckedDict[str, int]:
    b: CheckedDict[str, int] = {**a, "k": 1}   # items checked by the dict's update
    return b


def other(a: CheckedDict[str, str]) -> CheckedDict[str, int]:
    b: CheckedDict[str, int] = {**a}  # error: type mismatch: chkdict[str, str] cannot be assigned to chkdict[str, int]
    return b
