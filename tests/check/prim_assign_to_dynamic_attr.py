import __static__
from __static__ import int64, box


def f(o, x: int64) -> None:
    o.a = box(x)
    o.b = x  # error: type mismatch: int64 cannot be assigned to dynamic
