import __static__
from typing import Optional


def f(x: Optional[str]) -> str:
    if x is None:
        reveal_type(x)  # error: reveal_type(x): 'None', 'x' has declared type 'Optional[str]' and local type 'None'
        return ""
    else:
        return x
