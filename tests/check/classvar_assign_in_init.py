import __static__
from typing import ClassVar, Final


class C:
    X: ClassVar[int] = 42
    Y: Final[int] = 3

    def __init__(self) -> None:
        self.X = 42  # error: Cannot assign to classvar 'X' on 'classvar_assign_in_init.C' instance
        self.z = 1


class D(C):
    def __init__(self) -> None:
        self.Y = 4  # error: Cannot assign to classvar 'Y' on 'classvar_assign_in_init.D' instance
        self.w: int = 2


def f(d: D) -> int:
    return d.w + d.z + C.X
