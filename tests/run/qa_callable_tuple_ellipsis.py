# Regression (was a bug): standard typing forms are rejected by `spc check` / `spc run`.
#   Callable[[int], int]  -> error: unknown type [int]  [annotation]
#                            (reported twice when used in a field annotation `self.cb: Optional[Callable[[int], int]]`)
#   Tuple[int, ...], tuple[str, ...], Callable[..., int] -> error: unknown type ...  [annotation]
# CinderX treats Callable as dynamic and Tuple[...] as tuple; the program must be accepted.
# Expected (CPython): "3 2 0"
import __static__
from typing import Callable, Optional, Tuple


class Holder:
    def __init__(self) -> None:
        self.cb: Optional[Callable[[int], int]] = None


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


def t(x: Tuple[int, ...]) -> int:
    return len(x)


def u(f: Callable[..., int]) -> int:
    return f()


print(apply(abs, -3), t((1, 2)), u(int))
