import __static__
from typing import Final


def ok(x: int) -> None:
    pass


def bad(x: Final[int]) -> None:  # error: Final annotation is only valid in initial declaration of attribute or module-level constant
    pass
