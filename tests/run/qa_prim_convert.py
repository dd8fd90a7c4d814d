import __static__
from __static__ import int8, int16, int32, int64, uint8, uint16, uint32, uint64, double, cbool, box, unbox


def conversions() -> None:
    big: int64 = 300
    neg: int64 = -1
    try:
        print(box(int8(big)), box(uint8(big)), box(int16(big)))
        print(box(uint8(neg)), box(uint16(neg)), box(uint32(neg)))
    except OverflowError:
        print("interpreted: narrowing conversions are range-checked")
    i8: int8 = -5
    w: int64 = i8
    print(box(w))
    u8: uint8 = 200
    s16: int16 = u8
    print(box(s16))
    x: int = 12345
    print(box(int64(x)), box(int32(x)), box(double(x)))
    f: float = 2.75
    d: double = double(f)
    print(box(d * 2.0), box(d > 2.5), box(d == 2.75))
    b: cbool = cbool(x > 5)
    print(box(b), box(not b))
    u: int64 = unbox(x)
    print(box(u + 1))


def ident(x):
    return x


def overflow_check() -> None:
    try:
        k = 1000
        v: int8 = int8(k)
        print("no error", box(v))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        n = 2 ** 70
        w: int64 = int64(n)
        print("no error", box(w))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        s = ident("str")
        z: int64 = int64(s)
        print(box(z))
    except TypeError as e:
        print("TypeError")


conversions()
overflow_check()
