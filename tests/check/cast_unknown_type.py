import __static__
from __static__ import cast


def f(x: object) -> None:
    a = cast(int, x)
    b = cast(Missing, x)  # error: cast to unknown type
