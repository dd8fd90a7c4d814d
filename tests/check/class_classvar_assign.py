import __static__
from typing import ClassVar


class C:
    x: ClassVar[int] = 1


def f(c: C) -> None:
    c.x = 2  # error: Cannot assign to classvar 'x' on 'class_classvar_assign.C' instance
