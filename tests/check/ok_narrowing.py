import __static__
from typing import Optional


def first(a: Optional[str], b: Optional[str]) -> str:
    if a is not None:
        return a
    elif b is not None:
        return b
    return ""


def walk(x: Optional[int]) -> int:
    total = 0
    while x is not None:
        total += x
        x = None
    return total


def f(x: Optional[int]) -> int:
    if x is None or x < 0:
        return 0
    return x
