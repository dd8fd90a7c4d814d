import __static__
from __static__ import int8, uint64, uint8


def f(a: int8, b: uint8) -> None:
    x: uint64 = b
    y: uint64 = a  # error: type mismatch: int8 cannot be assigned to uint64
