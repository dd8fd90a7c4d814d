import __static__
from typing import Final


def area(w: int) -> int:
    side: Final[int] = w * 2   # a function-local constant is fine
    unit: Final = "cm"
    print(unit)
    return side * side


def bump(n: int) -> int:
    limit: Final[int] = 10
    limit = n  # error: Cannot assign to a Final variable
    for limit in range(n):  # error: Cannot assign to a Final variable
        pass
    return limit


def handler() -> None:
    err: Final[str] = "none"
    try:
        pass
    except ValueError as err:  # error: Cannot assign to a Final variable
        pass


def missing() -> None:
    k: Final[int]  # error: Must assign a value when declaring a Final
