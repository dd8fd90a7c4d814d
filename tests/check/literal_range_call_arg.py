import __static__
from __static__ import int8


def f(x: int8) -> int8:
    return x


def g() -> None:
    f(127)
    f(128)  # error: type mismatch: Literal[128] cannot be assigned to int8
