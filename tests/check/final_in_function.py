import __static__
from typing import Final


def f() -> None:
    x: Final[int] = 1  # error: Final annotation is only valid in initial declaration of attribute or module-level constant
