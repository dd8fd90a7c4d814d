import __static__
from typing import Final

LIMIT: Final[int] = 10
other: int = 1


def f() -> None:
    global LIMIT, other
    other += 1
    LIMIT += 1  # error: Cannot assign to a Final variable
