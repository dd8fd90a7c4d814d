import __static__
from __static__ import int64


def f(a: int64) -> int64:
    return a


def g(x: int) -> int64:
    f(int64(x))
    f(3)
    return f(x)  # error: type mismatch: int received for positional arg 'a', expected int64
