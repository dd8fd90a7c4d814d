# int8 / uint8 arithmetic wraps at 8 bits; compiled output in int8_uint8_wrap.expected.
import __static__
from __static__ import int8, uint8, box


def add8(a: int8, b: int8) -> int8:
    return a + b


def addu8(a: uint8, b: uint8) -> uint8:
    return a + b


def main() -> None:
    a: int8 = 127
    a = a + 1
    print(box(a))
    b: int8 = -128
    b = b - 1
    print(box(b))
    c: int8 = 100
    d: int8 = c * 3
    print(box(d))
    print(box(add8(100, 100)))
    u: uint8 = 255
    u = u + 1
    print(box(u))
    v: uint8 = 0
    v = v - 1
    print(box(v))
    print(box(addu8(200, 100)))
    w: uint8 = 16
    print(box(w * w))


main()
