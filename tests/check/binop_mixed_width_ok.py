import __static__
from __static__ import int8, uint8, int16, int32, uint32, int64


def f(a: int8, b: uint8, c: uint32, d: int64) -> None:
    reveal_type(a + b)  # error: reveal_type(a + b): 'int16'
    reveal_type(c + d)  # error: reveal_type(c + d): 'int64'
