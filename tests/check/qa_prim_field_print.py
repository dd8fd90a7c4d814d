import __static__
from __static__ import int8, uint8, int16, double, cbool, box, int64


class Pixel:
    def __init__(self, r: uint8, g: uint8, b: uint8) -> None:
        self.r: uint8 = r
        self.g: uint8 = g
        self.b: uint8 = b
        self.lit: cbool = False
        self.alpha: double = 1.0
        self.count: int8 = 0

    def brighten(self, k: uint8) -> None:
        self.r += k
        self.g = self.g + k
        self.b += k
        self.lit = not self.lit
        self.count -= 100
        self.alpha /= 2.0


def main() -> None:
    p = Pixel(250, 10, 128)
    p.brighten(10)
    print(box(p.r), box(p.g), box(p.b), box(p.lit), box(p.alpha), box(p.count))
    p.brighten(200)
    print(box(p.r), box(p.g), box(p.b), box(p.lit), box(p.alpha), box(p.count))
    print(p.r, p.lit, p.alpha, p.count)  # error@11: Call argument cannot be a primitive  # error@16: Call argument cannot be a primitive  # error@23: Call argument cannot be a primitive  # error@32: Call argument cannot be a primitive


