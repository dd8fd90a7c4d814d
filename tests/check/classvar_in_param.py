import __static__
from typing import ClassVar


class C:
    n: ClassVar[int] = 3


def f(x: ClassVar[int]) -> None:  # error: ClassVar is allowed only in class attribute annotations.
    pass
