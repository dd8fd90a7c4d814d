import __static__
from __static__ import uint8


def f() -> uint8:
    return -1  # error: type mismatch: Literal[-1] cannot be assigned to uint8
