import __static__
from __static__ import int64, int32, uint32, double, box


def ops(a: int64, b: int64) -> tuple:
    return box(a // b), box(a % b), box(a / b)


def dops(a: double, b: double) -> tuple:
    return box(a / b), box(a * b - a), box(a ** 2.0)


def main() -> None:
    print(ops(7, 2), ops(-7, 2), ops(7, -2), ops(-7, -2), ops(0, 5))
    print(dops(7.0, 2.0), dops(-1.5, 0.5))
    u: uint32 = 7
    v: uint32 = 2
    print(box(u // v), box(u % v))
    try:
        print(ops(1, 0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        z: double = 0.0
        print(box(1.0 / z))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    x: int = -7
    print(x // 2, x % 2, divmod(x, 3))


main()
