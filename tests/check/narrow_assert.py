import __static__
from typing import Optional


def f(x: Optional[int]) -> int:
    assert x is not None
    return x


def g(x: Optional[int]) -> int:
    assert x is None or x > 0
    return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
