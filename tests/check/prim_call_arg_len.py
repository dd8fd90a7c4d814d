import __static__
from __static__ import int64, clen


def f(x: int64, xs: list) -> int64:
    n = clen(xs)
    len(x)  # error: Call argument cannot be a primitive
    return n
