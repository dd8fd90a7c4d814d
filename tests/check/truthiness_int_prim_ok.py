import __static__
from __static__ import int64


def f(k: int64) -> int64:
    n: int64 = 0
    while k:
        k -= 1
        n += 1
    if not n:
        return 0
    return n
