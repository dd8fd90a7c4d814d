import __static__
from __static__ import int64
from typing import Final

N: Final[int] = 5


def f() -> int64:
    y: int64 = N  # error: type mismatch: int cannot be assigned to int64
    return y + int64(N)
