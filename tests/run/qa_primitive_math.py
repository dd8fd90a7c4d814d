import __static__
from __static__ import int64, int32, double, box, cbool, uint8


def isqrt(n: int64) -> int64:
    if n < 2:
        return n
    x: int64 = n
    y: int64 = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def mean_var(xs: list) -> tuple:
    n: double = 0.0
    s: double = 0.0
    s2: double = 0.0
    for v in xs:
        d: double = double(v)
        n += 1.0
        s += d
        s2 += d * d
    m: double = s / n
    return box(m), box(s2 / n - m * m)


def poly(x: double) -> double:
    return 3.0 * x * x - 2.0 * x + 0.5


def count_bits(v: int64) -> int64:
    c: int64 = 0
    while v != 0:
        c += v & 1
        v = v >> 1
    return c


def in_range(x: int32, lo: int32, hi: int32) -> cbool:
    return lo <= x and x < hi


def checksum(data: bytes) -> int64:
    s: uint8 = 0
    for b in data:
        s = s + uint8(int64(b))
    return int64(s)


print([box(isqrt(int64(i))) for i in [0, 1, 2, 15, 16, 17, 1000000, 999999999999]])
print(mean_var([1, 2, 3, 4, 5.5]))
print(box(poly(1.5)), box(poly(-2.0)), box(poly(0.0)))
print(box(count_bits(255)), box(count_bits(1 << 40)), box(count_bits(0)))
print(box(in_range(5, 0, 10)), box(in_range(10, 0, 10)), box(in_range(-1, 0, 10)))
print(box(checksum(b"hello world, this is a checksum")))
a: int = 7
print(box(int64(a) * 6), box(double(a) / 2.0), box(int64(a) // 2), box(int64(a) % 4))
