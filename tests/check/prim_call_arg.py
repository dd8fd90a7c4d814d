import __static__
from __static__ import int64


def f(x: int64) -> None:
    print(x)  # error: Call argument cannot be a primitive
