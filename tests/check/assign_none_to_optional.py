import __static__
from typing import Optional


def f() -> None:
    a: Optional[int] = None
    b: int | None = 3
    c: int = None  # error: type mismatch: None cannot be assigned to int
