import __static__
from typing import Optional


def get() -> Optional[int]:
    return None


def f(x: Optional[int]) -> int:
    if x is not None:
        y: int = x
        x = get()
        return x  # error: mismatched types: expected int because of return type, found Optional[int] instead
    return 0
