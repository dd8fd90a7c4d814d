import __static__
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is None:
        raise ValueError("x")
    return x


def g(x: Optional[int]) -> int:
    if x is None:
        print("none")
    return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
