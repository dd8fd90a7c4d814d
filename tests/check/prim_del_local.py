import __static__
from __static__ import int64


def f() -> None:
    o = 1
    del o
    x: int64 = 5
    del x  # error: deleting primitives not supported
