import __static__
from typing import Final


class C:
    def __init__(self) -> None:
        self.x: Final[int] = 1


def f(c: C) -> None:
    c.x = 2  # error: Cannot assign to a Final attribute of class_final_attr_assign.C:x
