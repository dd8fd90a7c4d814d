import __static__
from __static__ import int64


def f() -> None:
    x: int64 = 1
    del x  # error: deleting primitives not supported
