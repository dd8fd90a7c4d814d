import __static__
from __static__ import int64, box


def f(x: int64, n: list) -> list:
    ok = [box(x) for i in n]
    return [x for i in n]  # error: type mismatch: int64 cannot be assigned to dynamic
