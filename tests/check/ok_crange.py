import __static__
from __static__ import crange, int64, box


def f(n: int64) -> int64:
    total: int64 = 0
    for i in crange(n):
        total += i
    for j in crange(2, 10):
        total += j
    return total
