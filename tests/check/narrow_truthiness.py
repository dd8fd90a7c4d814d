import __static__
from typing import Optional


def f(x: Optional[str]) -> str:
    if x:
        return x
    return x  # error: mismatched types: expected str because of return type, found Optional[str] instead
