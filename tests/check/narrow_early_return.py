import __static__
from typing import Optional


def f(x: Optional[str]) -> str:
    if x is None:
        return ""
    reveal_type(x)  # error: reveal_type(x): 'str', 'x' has declared type 'Optional[str]' and local type 'str'
    return x
