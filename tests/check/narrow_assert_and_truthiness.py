import __static__
from typing import Optional


def f(x: Optional[str], y: Optional[str]) -> str:
    assert x is not None
    reveal_type(x)  # error: reveal_type(x): 'str'
    if y:
        reveal_type(y)  # error: reveal_type(y): 'str'
    if not y:
        return x
    reveal_type(y)  # error: reveal_type(y): 'str'
    return y
