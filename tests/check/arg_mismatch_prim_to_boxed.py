import __static__
from __static__ import int64, box


def f(a: int) -> int:
    return a


def g(x: int64) -> int:
    f(box(x))
    return f(x)  # error: type mismatch: int64 received for positional arg 'a', expected int
