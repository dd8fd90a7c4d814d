import __static__
from typing import Optional


def f(x: Optional[int]) -> int:
    if x is not None:
        reveal_type(x)  # error: reveal_type(x): 'int'
        return x
    reveal_type(x)  # error: reveal_type(x): 'None'
    return 0
