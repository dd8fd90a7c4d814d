import __static__
from __static__ import int64


def ok(x: int64) -> None:
    pass


def bad(x: int64(3)) -> None:  # error: argument annotation cannot be a primitive
    pass
