import __static__
from __static__ import crange


def f(n: int) -> None:
    for i in crange(n):  # error: can't use crange with arg: int
        pass
