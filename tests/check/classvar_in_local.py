import __static__
from typing import ClassVar


def f() -> None:
    y: int = 3
    x: ClassVar[int] = 3  # error: ClassVar is allowed only in class attribute annotations.
