import __static__
from typing import Optional


def f(x: int) -> Optional[int]:
    if x:
        return x
    return None


def g(x: int) -> int:
    return f(x)  # error: mismatched types: expected int because of return type, found Optional[int] instead
