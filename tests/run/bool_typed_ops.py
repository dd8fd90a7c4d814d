# Values typed `bool` are tested by pointer comparison, and `and` / `or` / `not` of
# bools compute their outcome without a bool object per operand: the results must be
# the very True / False objects, from fields, parameters (also from untyped callers),
# returns and comparisons; fields read and tested or compared with `is` in place.
import __static__
from typing import Optional


class Flags:
    def __init__(self, a: bool, b: bool, c: bool) -> None:
        self.a: bool = a
        self.b: bool = b
        self.c: bool = c
        self.link: Optional["Flags"] = None

    def any_(self) -> bool:
        return self.a or self.b or self.c

    def mixed(self) -> bool:
        return self.a or (not self.b and self.c)

    def all_(self) -> bool:
        return self.a and self.b and not self.c

    def linked(self) -> bool:
        return self.link is not None and self.link.a

    def toggle(self) -> None:
        self.a = not self.a


def combine(x: bool, y: bool, n: int) -> bool:
    return (x and n > 3) or (y and not x) or n == 0


def as_value(x: bool, y: bool) -> object:
    r = x or y
    s = x and y
    t = not x and not y
    return (r, s, t)


def count_true(fs: list) -> int:
    k: int = 0
    for f in fs:
        g: Flags = f
        if g.any_():
            k += 1
        if not g.mixed():
            k += 10
        if g.all_() and g.any_():
            k += 100
    return k


def main() -> None:
    fs = []
    for i in range(8):
        fs.append(Flags(bool(i & 1), bool(i & 2), bool(i & 4)))
    for f in fs:
        print(f.any_(), f.mixed(), f.all_(), f.any_() is True, f.mixed() is False, f.linked())
    fs[0].link = fs[3]
    fs[1].link = fs[2]
    print(fs[0].linked(), fs[1].linked(), fs[0].linked() is True)
    print(count_true(fs))
    for f in fs:
        f.toggle()
    print([f.a for f in fs], count_true(fs))
    for x in (False, True):
        for y in (False, True):
            for n in (0, 2, 5):
                print(x, y, n, combine(x, y, n))
            print(as_value(x, y))
    print(fs[0].a, fs[0].mixed())


main()
