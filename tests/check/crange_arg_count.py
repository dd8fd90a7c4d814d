import __static__
from __static__ import crange, int64, box


def total(n: int64) -> int:
    s: int64 = 0
    for i in crange(n):
        s += i
    for i in crange(int64(1), n):
        s += i
    for i in crange():  # error: crange() accepts only 1 or 2 parameters
        pass
    for i in crange(int64(0), n, int64(2)):  # error: crange() accepts only 1 or 2 parameters
        pass
    return box(s)
