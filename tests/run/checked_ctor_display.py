import __static__
from __static__ import CheckedDict, CheckedList


def build(n: int) -> None:
    xs = CheckedList[str]([str(i) for i in range(n)])
    d = CheckedDict[str, int]({s: len(s) for s in xs})
    e = CheckedDict[str, int]({"k": 1})
    print(list(xs), sorted(d.items()), dict(e))


build(3)
