import __static__
from typing import Optional


def f(x: Optional[int], n: int) -> int:
    if x is None:
        return 0
    while n:
        reveal_type(x)  # error: reveal_type(x): 'Optional[int]', 'x' has declared type 'Optional[int]' and local type 'Optional[int]'
        x = None
        n -= 1
    return 0
