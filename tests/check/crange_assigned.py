import __static__
from __static__ import crange, int64


def f(n: int64) -> int64:
    t: int64 = 0
    for i in crange(n):
        t += i
    r = crange(10)  # error: crange() must be used as an iterator in a for loop
    return t
