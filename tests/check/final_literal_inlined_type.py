import __static__
from __static__ import int64
from typing import Final

K: Final[int] = 3


def f() -> int64:
    a: int64 = int64(K)
    b: int64 = K  # error: type mismatch: int cannot be assigned to int64
    return a
