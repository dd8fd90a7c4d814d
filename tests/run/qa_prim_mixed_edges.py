import __static__
from __static__ import int8, uint8, int16, int32, uint32, int64, uint64, box


def mixed() -> None:
    a: int8 = -1
    b: uint8 = 255
    c = a + b
    print(box(c), box(a < b), box(a == -1))
    d: uint32 = 4000000000
    e: int64 = -5
    print(box(d + e), box(d > e))
    m: int64 = -9223372036854775807 - 1
    print(box(m), box(m - 1), box(-m))
    try:
        print(box(m // -1))
    except Exception as ex:
        print(type(ex).__name__)
    u: uint64 = 1
    print(box(u - 2), box((u - 2) >> 60), box((u - 2) // 3))
    s: int32 = -7
    print(box(s >> 1), box(s % 3), box(s // 2), box(~s), box(-s), box(s & 0xF), box(s | 8), box(s ^ 5))


mixed()
