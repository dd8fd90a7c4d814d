# int64 arithmetic, bitwise and shift operators without overflow.
import __static__
from __static__ import int64, box


def arith(a: int64, b: int64) -> int64:
    return a * b + a - b


def bits(a: int64, b: int64) -> int64:
    return (a & b) | (a ^ b) << 2


def main() -> None:
    x: int64 = 1234
    y: int64 = 56
    print(box(x + y), box(x - y), box(x * y))
    print(box(x & y), box(x | y), box(x ^ y))
    print(box(x << 3), box(x >> 2), box(-x >> 2))
    print(box(-x), box(~x), box(+y))
    print(box(arith(x, y)), box(bits(x, y)))
    z: int64 = x * x * x
    print(box(z))
    n: int64 = -5
    print(box(n * n), box(n - 10), box(n << 4))


main()
