import __static__
from __static__ import int64


def f(c: bool, a: int64, b: int64) -> int64:
    x = a if c else b
    y = a if c else None  # error: invalid union type Optional[int64]; unions cannot include primitive types
    return x
