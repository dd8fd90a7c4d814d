import __static__
from __static__ import int64, int8


def f(x: int64, y: int64, z: int8) -> None:
    reveal_type(x / y)  # error: reveal_type(x / y): 'int64'
    reveal_type(x ** y)  # error: reveal_type(x ** y): 'double'
    reveal_type(x == 1)  # error: reveal_type(x == 1): 'cbool'
    reveal_type(z + 1)  # error: reveal_type(z + 1): 'int8'
    reveal_type(not x)  # error: reveal_type(not x): 'cbool'
