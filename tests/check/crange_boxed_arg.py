import __static__
from __static__ import crange, int64


def f(n: int) -> None:
    for i in crange(int64(n)):
        pass
    for j in crange(n):  # error: can't use crange with arg: int
        pass
