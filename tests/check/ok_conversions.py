import __static__
from __static__ import int8, int64, double, cbool, box, unbox


def f(a: int, b: int64, fl: float) -> double:
    x: int64 = int64(a)
    y: int8 = int8(b)
    z: double = double(fl)
    w: double = double(a)
    c: cbool = cbool(a is None)
    u: int64 = unbox(a)
    return z + w


print(box(f(1, 2, 3.0)), box(int64(5)), box(double(1)))
