import __static__
from __static__ import crange, int64


def f(a: int64, b: int64) -> int64:
    t: int64 = 0
    for i in crange(a, b):
        t += i
    reveal_type(t)  # error: reveal_type(t): 'int64', 't' has declared type 'int64' and local type 'int64'
    return t
