import __static__
from __static__ import Array, int32


def f(a: Array[int32]) -> None:  # error: Invalid Array element type: int32
    pass
