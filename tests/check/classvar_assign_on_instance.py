import __static__
from typing import ClassVar


class C:
    n: ClassVar[int] = 3

    def __init__(self) -> None:
        self.m: int = 0


def f(c: C) -> int:
    c.m = 1
    c.n = 4  # error: Cannot assign to classvar 'n' on 'classvar_assign_on_instance.C' instance
    return C.n
