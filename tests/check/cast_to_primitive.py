import __static__
from __static__ import cast, int64


def f(x: object) -> None:
    a = cast(str, x)
    b = cast(int64, x)  # error: cast to non-runtime type
