import __static__
from typing import Optional


def f(s: Optional[str]) -> str:
    return s.upper()  # error: Optional[str]: 'NoneType' object has no attribute 'upper'
