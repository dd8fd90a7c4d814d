import __static__
from __static__ import cast


class C:
    pass


def f(x: object) -> None:
    a = cast(C, x)
    b = cast(x)  # error: cast requires two parameters: type and value
