import __static__
from typing import Optional


def f(x: Optional[int], c: bool) -> int:
    if c:
        x = 1
    else:
        x = 2
    return x


def g(x: Optional[int], c: bool) -> int:
    if c:
        x = 1
    return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
