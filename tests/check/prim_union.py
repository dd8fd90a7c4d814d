import __static__
from __static__ import int64
from typing import Optional


def f(x: Optional[int64]) -> None:  # error: invalid union type Optional[int64]; unions cannot include primitive types
    pass
