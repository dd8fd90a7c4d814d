import __static__
from __static__ import clen, int64, CheckedList


def f(xs: list, d: dict, c: CheckedList[int], s: str) -> int64:
    n = clen(xs) + clen(d) + clen(c) + clen(s)
    return n + clen(3)  # error: bad argument type 'Literal[3]' for clen()
