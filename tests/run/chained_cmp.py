# Chained comparisons on primitives and objects.
import __static__
from __static__ import int64, double, box


def in_range(x: int64) -> bool:
    if 0 <= x < 10:
        return True
    return False


def between(lo: double, x: double, hi: double) -> bool:
    return box(lo < x <= hi)


def main() -> None:
    print(in_range(-1), in_range(0), in_range(9), in_range(10))
    print(between(0.0, 0.5, 1.0), between(0.0, 1.5, 1.0))
    a = 1
    b = 2
    c = 3
    print(a < b < c, a < b > c, a == 1 == a, 1 < 2 < 3 < 4 < 3)
    print("a" < "b" <= "b" != "c")


main()
