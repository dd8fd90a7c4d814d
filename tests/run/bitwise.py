# Bitwise kernels on int64: popcount, bit reversal, xorshift (kept below 2**63).
import __static__
from __static__ import int64, box


def popcount(x: int64) -> int64:
    c: int64 = 0
    while x:
        c += x & 1
        x >>= 1
    return c


def reverse_bits16(x: int64) -> int64:
    r: int64 = 0
    i: int64 = 0
    while i < 16:
        r = (r << 1) | (x & 1)
        x >>= 1
        i += 1
    return r


def lcg(x: int64) -> int64:
    return (x * 1103515245 + 12345) & 2147483647


def main() -> None:
    one: int64 = 1
    print(box(popcount(0)), box(popcount(255)), box(popcount(one << 40)))
    print(box(reverse_bits16(1)), box(reverse_bits16(0xF0F0)))
    x: int64 = 42
    total: int64 = 0
    i: int64 = 0
    while i < 1000:
        x = lcg(x)
        total += popcount(x)
        i += 1
    print(box(x), box(total))
    z: int64 = 0
    m: int64 = -1
    a: int64 = 0x7F
    b: int64 = 6
    print(box(~z), box(m >> 10), box(a ^ 0x0F), box(b & ~2))


main()
