import __static__
from __static__ import clen, int64


def f(x: int) -> int64:
    return clen(x)  # error: bad argument type 'int' for clen()
