import __static__
from __static__ import int8, int16, int32, int64, uint8, uint16, uint32, uint64, box


def wrap8(x: int8) -> int8:
    y: int8 = x + 100
    return y


def wrap_u8() -> None:
    a: uint8 = 250
    i: int64 = 0
    while i < 10:
        a += 1
        i += 1
    print(box(a))


def mul32(a: int32, b: int32) -> int32:
    return a * b


def neg_u16(x: uint16) -> uint16:
    return 0 - x


def u64_big() -> uint64:
    x: uint64 = 18446744073709551615
    return x + 2


def shifts() -> None:
    a: int64 = -16
    print(box(a >> 2), box(a << 3))
    u: uint32 = 4294967295
    print(box(u >> 4), box(u << 4))
    s: int16 = 1
    s = s << 15
    print(box(s))


print(box(wrap8(50)), box(wrap8(-100)), box(wrap8(27)))
wrap_u8()
print(box(mul32(65536, 65536)), box(mul32(100000, 30000)))
print(box(neg_u16(1)))
shifts()
