# double arithmetic and comparisons; printed through box().
import __static__
from __static__ import double, box


def hypot2(x: double, y: double) -> double:
    return x * x + y * y


def mean(a: double, b: double, c: double) -> double:
    return (a + b + c) / 3.0


def main() -> None:
    a: double = 1.5
    b: double = -2.25
    print(box(a + b), box(a - b), box(a * b), box(a / b))
    print(box(-a), box(hypot2(3.0, 4.0)), box(mean(1.0, 2.0, 4.0)))
    print(box(a < b), box(a > b), box(a == 1.5), box(a != b))
    x: double = 0.1
    s: double = 0.0
    i: double = 0.0
    while i < 10.0:
        s = s + x
        i = i + 1.0
    print(box(s))
    print(box(a ** 2.0))


main()
