import __static__
from __static__ import int64
from typing import Optional


def ok(x: Optional[int]) -> None:
    pass


def bad(x: Optional[int64]) -> None:  # error: invalid union type Optional[int64]; unions cannot include primitive types
    pass
