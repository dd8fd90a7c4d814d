import __static__
from __static__ import int64


def f() -> None:
    x: int64 = 0

    def g() -> x:  # error: return annotation cannot be a primitive
        pass

    def h() -> int:
        return 1
