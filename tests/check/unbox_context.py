import __static__
from __static__ import unbox, int64, int8


def f(x: int) -> int64:
    a: int8 = unbox(x)
    reveal_type(unbox(x))  # error: reveal_type(unbox(x)): 'int64'
    return unbox(x)
