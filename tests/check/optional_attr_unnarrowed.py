import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.v: int = 0


def f(c: Optional[C]) -> int:
    if c is not None:
        a = c.v
    return c.v  # error: Optional[optional_attr_unnarrowed.C]: 'NoneType' object has no attribute 'v'
