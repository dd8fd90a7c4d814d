import __static__
from __static__ import CheckedDict, CheckedList


def build(it) -> None:
    ok = CheckedList[str]([str(i) for i in it])
    ok2 = CheckedDict[str, int]({"a": 1})
    bad = CheckedDict[int, str]({i: int(i) for i in it})  # error: type mismatch: chkdict[int, int] cannot be assigned to chkdict[int, str]
    bad2 = CheckedList[str]([int(i) for i in it])  # error: type mismatch: chklist[int] cannot be assigned to chklist[str]
    late = CheckedList[str]([1, 2])   # a display: the constructor checks it when it runs
