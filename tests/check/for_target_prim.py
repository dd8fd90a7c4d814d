import __static__
from __static__ import int64


def f() -> None:
    i: int64 = 0
    for i in range(3):  # error: type mismatch: dynamic cannot be assigned to int64
        pass
