import __static__
from typing import Optional


def ok(x: int) -> Optional[int]:
    if x:
        return 1


def ok2(x: int) -> None:
    if x:
        return


def bad(x: int) -> str:  # error: Function has declared return type 'str' but can implicitly return None.
    pass
