# Narrow primitive fields (int8, int16, int32, uint8) alongside int64 and double.
import __static__
from __static__ import int8, int16, int32, uint8, int64, double, cbool, box


class Packed:
    def __init__(self) -> None:
        self.a: int8 = -5
        self.b: int16 = 1000
        self.c: int32 = 100000
        self.u: uint8 = 200
        self.big: int64 = 1 << 40
        self.d: double = 0.25
        self.flag: cbool = True

    def total(self) -> int64:
        return self.a + self.b + self.c + self.u + self.big


def main() -> None:
    p = Packed()
    print(box(p.a), box(p.b), box(p.c), box(p.u), box(p.big), box(p.d), box(p.flag))
    print(box(p.total()))
    p.u = 55
    p.a = 100
    print(box(p.total()))


main()
