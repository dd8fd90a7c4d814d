import __static__
from __static__ import uint8


def f() -> uint8:
    return 255


def g() -> uint8:
    return 256  # error: type mismatch: Literal[256] cannot be assigned to uint8
