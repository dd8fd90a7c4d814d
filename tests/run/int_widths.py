# Narrow integer types (int8, int16, int32, uint8, uint16) without overflow; widening.
import __static__
from __static__ import int8, int16, int32, int64, uint8, uint16, box


def widen(a: int8, b: int16, c: int32) -> int64:
    return a + b + c


def umax(a: uint8, b: uint16) -> uint16:
    if a > b:
        return a
    return b


def main() -> None:
    a: int8 = -100
    b: int16 = 30000
    c: int32 = -2000000000
    print(box(a), box(b), box(c))
    print(box(widen(a, b, c)))
    print(box(umax(200, 1000)), box(umax(255, 3)))
    x: int16 = b // 7
    y: int32 = c % 1000
    print(box(x), box(y))
    u: uint8 = 250
    print(box(u // 3), box(u % 7), box(u >> 1))


main()
