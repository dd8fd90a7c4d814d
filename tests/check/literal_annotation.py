import __static__
from typing import Literal


def mode(m: Literal["r", "w"]) -> int:
    return m  # error: mismatched types: expected int because of return type, found str instead


def level(x: Literal[1, 2, None]) -> int:
    return x  # error: mismatched types: expected int because of return type, found Optional[int] instead


def ok(x: Literal[1, 2]) -> int:
    return x + 1
