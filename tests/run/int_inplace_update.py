# Typed int fields and variables updated from their own value (`x.f += 1`,
# `x.f = x.f * 3`, `v -= 7`) may reuse the old int object when nothing else refers to
# it: values that others still hold (another field, a variable, a list, a dict key)
# must keep their value; results crossing the small-int cache, 2**30 and 2**63, signs,
# int subclasses, and updates whose right side reassigns the field.
import __static__
from typing import Optional


class MyInt(int):
    pass


class Counter:
    def __init__(self, start: int) -> None:
        self.n: int = start
        self.other: int = 0
        self.peer: Optional["Counter"] = None

    def bump(self, k: int) -> int:
        self.n += k
        return self.n

    def scale(self, k: int) -> None:
        self.n = self.n * k

    def reset_and_one(self) -> int:
        self.n = 5000
        return 1

    def tricky(self) -> None:
        # the right side replaces the field before the addition stores
        self.n += self.reset_and_one()


def var_loop(start: int, step: int, n: int) -> int:
    v: int = start
    keep = []
    for i in range(n):
        v -= step
        if i % 50 == 0:
            keep.append(v)
    s: int = 0
    for k in keep:
        s += k
    return v * 1000 + s + len(keep)


def aliased_var(a: int) -> int:
    b: int = a
    a += 1
    return a * 10000000 + b


def main() -> None:
    c = Counter(1000)
    held = []
    for i in range(600):
        c.bump(3)
        if i % 100 == 0:
            held.append(c.n)          # another reference: must not be changed later
    print(c.n, held)

    c.other = c.n                     # two fields share one int
    c.bump(1)
    print(c.n, c.other)

    d = {c.n: "key"}                  # a dict key shares it
    c.bump(1)
    print(c.n, d)

    c2 = Counter(-1000)
    for i in range(10):
        c2.bump(-300)
    print(c2.n)
    c2.bump(5000)                     # sign change
    print(c2.n)

    c3 = Counter(300)
    c3.bump(-100)                     # into the small-int cache
    print(c3.n)
    c3.bump(100)
    c3.bump(1)
    print(c3.n)

    c4 = Counter(2 ** 30 - 5)
    for i in range(10):
        c4.bump(1)                    # past one digit
    print(c4.n)
    c4.n = 2 ** 62
    c4.scale(4)                       # past int64
    print(c4.n)

    c5 = Counter(1000)
    for i in range(5):
        c5.scale(3)
    print(c5.n)

    c6 = Counter(MyInt(1000))
    c6.bump(1)
    print(c6.n, type(c6.n).__name__)

    c7 = Counter(1000)
    c7.tricky()
    print(c7.n)

    print(var_loop(100000, 7, 400))
    print(var_loop(-5, -1000, 300))
    x = 123456
    print(aliased_var(x), x)


main()
