import __static__
from __static__ import int64, box


def f(x: int64) -> None:
    print(box(x), end="")
    print("a", sep=x)  # error: Call argument cannot be a primitive
