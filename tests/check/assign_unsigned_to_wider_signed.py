import __static__
from __static__ import uint8, int16, uint16, int8


def f(a: uint8, b: uint16) -> None:
    x: int16 = a
    y: int16 = b  # error: type mismatch: uint16 cannot be assigned to int16
