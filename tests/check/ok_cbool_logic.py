import __static__
from __static__ import cbool, int64, box


def f(a: int64, b: int64) -> cbool:
    c: cbool = a < b and b < 10
    d = not c or a == b
    if d:
        return c
    return a != 0 and True


print(box(f(1, 2)))
