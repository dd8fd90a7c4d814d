import __static__
from __static__ import CheckedList, CheckedDict, clen, int64, box
from typing import Optional


class Item:
    def __init__(self, v: int) -> None:
        self.v = v


def f() -> int64:
    xs: CheckedList[Item] = []
    xs.append(Item(1))
    it: Item = xs.pop()
    first: Item = xs[0]
    i: int64 = 0
    second: Item = xs[i]
    d: CheckedDict[str, int] = {"a": 1}
    d["b"] = 2
    got: Optional[int] = d.get("a")
    n: int = d["a"]
    ys = CheckedList[int]([1, 2, 3])
    for y in ys:
        reveal_type(y)  # error: reveal_type(y): 'int', 'y' has declared type 'dynamic' and local type 'int'
    return clen(xs) + clen(d)
