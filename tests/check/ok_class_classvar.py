import __static__
from typing import ClassVar


class C:
    x: ClassVar[int] = 1
    y = "plain"


def f(c: C) -> int:
    C.x = 3
    return c.x
