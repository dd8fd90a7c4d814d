import __static__
from __static__ import CheckedList, CheckedDict, int64


def reads(xs: CheckedList[str], d: CheckedDict[str, int], i: int64, n: int) -> None:
    print(xs[i], xs[n], xs[True], d["k"])
    print(xs["0"])  # error: type mismatch: str cannot be assigned to int
    print(d[3])  # error: type mismatch: Literal[3] cannot be assigned to str


def writes(xs: CheckedList[str], d: CheckedDict[str, int]) -> None:
    xs[0] = "a"
    xs["0"] = "b"  # error: type mismatch: str cannot be assigned to int
    d[7] = 1  # error: type mismatch: Literal[7] cannot be assigned to str
