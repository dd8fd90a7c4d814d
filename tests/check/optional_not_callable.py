import __static__
from typing import Optional, Callable


def f(g: Optional[Callable[[], int]], h: Callable[[], int]) -> None:
    h()


class C:
    def __call__(self) -> int:
        return 1


def k(c: Optional[C]) -> None:
    if c:
        c()
    c()  # error: Optional[optional_not_callable.C]: 'NoneType' object is not callable
