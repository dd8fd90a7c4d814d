import __static__
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is not None:
        y = -x
    return -x  # error: Optional[int]: bad operand type for unary -: 'NoneType'
