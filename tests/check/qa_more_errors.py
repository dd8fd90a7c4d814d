import __static__
from __static__ import int64, double, cbool, crange
from typing import Optional


class Box:
    def __init__(self, v: Optional[int]) -> None:
        self.v: Optional[int] = v

    def touch(self) -> None:
        pass

    def get(self, k: str) -> int:
        return 0


def a(b: Box) -> int:
    if b.v is not None:
        b.touch()
        return b.v  # error: mismatched types: expected int because of return type, found Optional[int] instead
    return 0


def c() -> int:
    return None  # error: mismatched types: expected int because of return type, found None instead


def d() -> None:
    s: str = None  # error: type mismatch: None cannot be assigned to str
    b = Box(1)
    b.get(3)  # error: type mismatch: Literal[3] received for positional arg 'k', expected str
    x: int64 = 5
    del x  # error: deleting primitives not supported
    f: double = 1.5
    if not f:  # error: Cannot invert/not a double
        pass
    p: cbool = True
    q: cbool = False
    r = p & q  # error: cbool is not a valid operand type for bitwise and
    lst = [x]  # error: type mismatch: int64 cannot be assigned to dynamic
