import __static__
from typing import Optional


def first(a: Optional[str], b: Optional[str]) -> str:
    return a or b or "none"


def either(a: Optional[str], b: Optional[str]) -> str:
    return a or b  # error: mismatched types: expected str because of return type, found Optional[str] instead
