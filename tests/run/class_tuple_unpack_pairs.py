# Tuple unpacking of object pairs in for loops (nbody style).
import __static__
from __static__ import double, box


class Body:
    def __init__(self, x: double, m: double) -> None:
        self.x: double = x
        self.m: double = m


def make_pairs(bs: list) -> list:
    out = []
    i = 0
    while i < len(bs):
        j = i + 1
        while j < len(bs):
            out.append((bs[i], bs[j]))
            j += 1
        i += 1
    return out


def main() -> None:
    bodies = [Body(0.0, 1.0), Body(1.0, 2.0), Body(3.0, 0.5)]
    pairs = make_pairs(bodies)
    b1: Body
    b2: Body
    e: double = 0.0
    for b1, b2 in pairs:
        d: double = b2.x - b1.x
        e += b1.m * b2.m / d
    print(len(pairs), box(e))


main()
