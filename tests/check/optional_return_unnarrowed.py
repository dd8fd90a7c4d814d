import __static__
from typing import Optional


def f(x: Optional[int]) -> int:
    return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
