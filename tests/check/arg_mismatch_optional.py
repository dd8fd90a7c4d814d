import __static__
from typing import Optional


def f(a: int) -> int:
    return a


def g(x: Optional[int]) -> int:
    if x is not None:
        f(x)
    return f(x)  # error: type mismatch: Optional[int] received for positional arg 'a', expected int
