import __static__
from __static__ import int8


def f() -> int8:
    x: int8 = 200  # error: type mismatch: Literal[200] cannot be assigned to int8
    return x
