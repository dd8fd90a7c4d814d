# A double kernel: midpoint-rule integration and Newton square roots.
import __static__
from __static__ import int64, double, box


def f(x: double) -> double:
    return 4.0 / (1.0 + x * x)


def integrate(n: int64) -> double:
    h: double = 1.0 / double(box(n))
    s: double = 0.0
    i: int64 = 0
    while i < n:
        x: double = h * (double(box(i)) + 0.5)
        s += f(x)
        i += 1
    return s * h


def newton_sqrt(a: double) -> double:
    x: double = a
    k: int64 = 0
    while k < 30:
        x = 0.5 * (x + a / x)
        k += 1
    return x


def main() -> None:
    print(box(integrate(1000)))
    print(box(newton_sqrt(2.0)), box(newton_sqrt(1e6)))


main()
