import __static__
from __static__ import int8, uint8, int16, int64, uint32, double, box


def f(a: int8, b: uint8, c: uint32, d: int64) -> int64:
    x: int16 = a + b
    y: int64 = c + d
    z = d // 2 + d % 3 - (d << 1) + (d >> 1) + (d & 7) + (d | 1) + (d ^ 2) - -d + ~d
    return x + y + z


def g(x: double) -> double:
    return x * 2 + x / 3.0 - x ** 2.0 + -x


print(box(f(1, 2, 3, 4)), box(g(1.5)))
