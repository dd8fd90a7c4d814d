import __static__
from __static__ import int16


def f() -> None:
    a: int16 = 32767
    b: int16 = -32768
    c: int16 = 32768  # error: type mismatch: Literal[32768] cannot be assigned to int16
