import __static__
from typing import overload


@overload
def size(x: str) -> int:
    ...


def size(x: object) -> int:
    return len(str(x))


def broken(x: str) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    ...
