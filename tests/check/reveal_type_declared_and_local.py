import __static__
from typing import Optional


def f(x: Optional[int]) -> None:
    if x is not None:
        reveal_type(x)  # error: reveal_type(x): 'int', 'x' has declared type 'Optional[int]' and local type 'int'
