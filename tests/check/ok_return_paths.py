import __static__
from typing import Optional


def a(x: int) -> int:
    if x:
        return 1
    else:
        return 2


def b(x: int) -> int:
    while True:
        x += 1
        if x > 10:
            return x


def c(x: int) -> int:
    raise ValueError(x)


def d(x: int) -> Optional[int]:
    if x:
        return x


def e(x: int) -> None:
    if x:
        return
