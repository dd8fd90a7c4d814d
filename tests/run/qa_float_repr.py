import __static__
from __static__ import double, box
import math


def series(n: int) -> double:
    s: double = 0.0
    for i in range(1, n + 1):
        s += 1.0 / double(i * i)
    return s


def main() -> None:
    print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10, -0.0, 1.5e300 * 1e10)
    a: double = 0.1
    b: double = 0.2
    print(box(a + b), box(a * 3.0), box(-a), box(a - a), box(a / 3.0))
    print(box(series(1000)), math.sqrt(box(series(1000)) * 6))
    x: double = 1e308
    print(box(x * 10.0), box(-x * 10.0), math.isinf(box(x * 10.0)))
    n: double = double(box(x * 10.0) - box(x * 10.0))
    print(box(n), box(n == n), box(n != n))
    print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), int(-3.9), float("inf"), float("-nan"))
    print(f"{box(a + b):.17g}", math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), 7.0 // 2, -7.0 % 3)


main()
