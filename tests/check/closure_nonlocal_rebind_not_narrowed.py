# A variable a nested function rebinds through `nonlocal` may change at any call, so
# narrowing it (here: `is not None`) would be unsound; it keeps its declared type.
import __static__
from typing import Optional


class Box:
    def __init__(self, v: int) -> None:
        self.v: int = v


def reset_later(b: Optional[Box]) -> int:
    def clear() -> None:
        nonlocal b
        b = None
    if b is not None:
        clear()
        return b.v  # error: Optional[closure_nonlocal_rebind_not_narrowed.Box]: 'NoneType' object has no attribute 'v'
    return 0


def read_only_capture(b: Optional[Box]) -> int:
    def peek() -> Optional[Box]:
        return b
    if b is not None:
        peek()
        return b.v
    return 0
