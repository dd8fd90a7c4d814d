import __static__
from __static__ import int64


def f() -> None:
    a: int64 = 1
    b: int64(1) = 2  # error: annotation can not be a primitive value
