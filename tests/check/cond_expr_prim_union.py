import __static__
from __static__ import int64


def f(x: int64, y: int) -> None:
    z = x if y else y  # error: invalid union type Union[int64, int]; unions cannot include primitive types
