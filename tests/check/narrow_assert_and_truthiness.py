import __static__
from typing import Optional


def f(x: Optional[str], y: Optional[str]) -> str:
    assert x is not None
    reveal_type(x)  # error: reveal_type(x): 'str', 'x' has declared type 'Optional[str]' and local type 'str'
    if y:
        reveal_type(y)  # error: reveal_type(y): 'str', 'y' has declared type 'Optional[str]' and local type 'str'
    if not y:
        return x
    reveal_type(y)  # error: reveal_type(y): 'str', 'y' has declared type 'Optional[str]' and local type 'str'
    return y
