import __static__
from __static__ import int64


def f(d, i: int64) -> None:
    print(d[i])  # error: Call argument cannot be a primitive
