import __static__
from typing import Optional


def f(x: Optional[str]) -> str:
    if x is None:
        return ""
    a = x[0]
    return a


def g(x: Optional[str]) -> None:
    x[0]  # error: Optional[str]: 'NoneType' object is not subscriptable
