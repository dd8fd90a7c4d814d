import __static__
from typing import Optional


def f(x: Optional[int]) -> int:
    if not x:
        return 0
    return x


def g(x: Optional[int]) -> int:
    if x:
        pass
    return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
