import __static__
from typing import Optional


def get() -> Optional[int]:
    return None


def f() -> int:
    if (y := get()) is not None:
        return y
    return 0


def g() -> int:
    y = get()
    return y  # error: mismatched types: expected int because of return type, found Optional[int] instead
