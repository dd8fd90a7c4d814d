import __static__
from __static__ import int8, int16, int32, int64, uint8, double, cbool, box


def f(a: int8, b: uint8) -> int64:
    x: int16 = a
    y: int16 = b
    z: int32 = x + y
    w: int64 = z
    d: double = 1
    e: double = 2.5
    c: cbool = True
    if c:
        return w
    return int64(a) + 1


print(box(f(1, 2)))
