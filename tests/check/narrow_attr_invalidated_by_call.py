import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.v: Optional[int] = None

    def touch(self) -> None:
        pass


def ok(c: C) -> int:
    if c.v is not None:
        return c.v
    return 0


def bad(c: C) -> int:
    if c.v is not None:
        print("x")
        return c.v  # error: mismatched types: expected int because of return type, found Optional[int] instead
    return 0
