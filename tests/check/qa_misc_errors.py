import __static__
from typing import Optional, Final

LIMIT: Final[int] = 3


def maybe(x: int) -> Optional[str]:
    if x:
        return "a"
    return None


def g(x: int) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    if x > 0:
        return 1


def h() -> str:
    s = maybe(1)
    return s  # error: mismatched types: expected str because of return type, found Optional[str] instead


def k() -> None:
    global LIMIT
    LIMIT = 4  # error: Cannot assign to a Final variable
    y = undefined_name  # error: Name `undefined_name` is not defined.


def m() -> int:
    v: int = 1
    v: str = "x"  # error: Cannot redefine local variable v
    return 0


def n() -> None:
    s = maybe(2)
    s.upper()  # error: Optional[str]: 'NoneType' object has no attribute 'upper'
