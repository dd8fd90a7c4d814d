# Augmented assignment on fields of other objects (int64, double, object fields).
import __static__
from __static__ import int64, double, box


class Cell:
    def __init__(self) -> None:
        self.n: int64 = 1
        self.d: double = 1.0
        self.s: str = "a"
        self.items: list = []


class Owner:
    def __init__(self) -> None:
        self.cell: Cell = Cell()


def main() -> None:
    o = Owner()
    o.cell.n += 5
    o.cell.n *= 3
    o.cell.n -= 1
    o.cell.n //= 2
    o.cell.n <<= 2
    o.cell.n |= 1
    o.cell.d *= 2.5
    o.cell.d -= 0.25
    o.cell.s += "bc"
    o.cell.s *= 2
    o.cell.items += [1, 2]
    c = o.cell
    print(box(c.n), box(c.d), c.s, c.items)


main()
