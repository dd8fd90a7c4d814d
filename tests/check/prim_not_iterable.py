import __static__
from __static__ import int64, crange


def f(n: int64) -> None:
    for i in crange(n):
        pass
    for j in n:  # error: cannot iterate over int64
        pass
