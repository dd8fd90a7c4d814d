import __static__
from __static__ import int64, cast


class C:
    pass


def f(x: int64, o: object) -> None:
    c = cast(C, o)
    cast(C, x)  # error: Call argument cannot be a primitive
