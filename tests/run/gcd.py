# Euclid's algorithm on int64 (recursive and iterative).
import __static__
from __static__ import int64, box


def gcd_rec(a: int64, b: int64) -> int64:
    if b == 0:
        return a
    return gcd_rec(b, a % b)


def gcd_iter(a: int64, b: int64) -> int64:
    while b != 0:
        t: int64 = b
        b = a % b
        a = t
    return a


def lcm(a: int64, b: int64) -> int64:
    return a // gcd_iter(a, b) * b


def main() -> None:
    print(box(gcd_rec(1071, 462)), box(gcd_iter(1071, 462)))
    print(box(gcd_rec(17, 5)), box(lcm(4, 6)), box(lcm(21, 6)))
    acc: int64 = 1
    k: int64 = 1
    while k <= 20:
        acc = lcm(acc, k)
        k += 1
    print(box(acc))


main()
