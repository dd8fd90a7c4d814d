import __static__
from __static__ import int64


def f(n: int64) -> None:
    for i in n:  # error: cannot iterate over int64
        pass
