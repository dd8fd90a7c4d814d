import __static__
from typing import Optional


def f(x: Optional[int]) -> bool:
    if x is not None and x > 1:
        return True
    eq = x == 1
    return x > 1  # error: '>' not supported between 'Optional[int]' and 'Literal[1]'
