# Identity of ints held by tagged variables (lower.c, analyze_tags) is CPython's:
# `y = x` shares one object (x is boxed once and both hold the box), a constant outside
# the small-int cache is the function's one constant object wherever it is stored, the
# target of `for k in range(...)` is the object appended to a list, and an int handed
# to an int subclass's __radd__ is the variable's object.
import __static__
from typing import List

saved: List[object] = []


class S(int):
    def __radd__(self, o: object) -> int:
        saved.append(o)
        return 1


def copies(n: int) -> None:
    x: int = n * 1000
    y: int = 0
    y = y + 1
    y = x
    zs: List[int] = [x, y]
    print(x is y, x == y, zs[0] is zs[1], id(x) == id(y))
    y += 0
    print(x is y, x == y)   # a new int from the addition (small ones are cached)


def constants(n: int) -> None:
    x: int = n * 1
    x = 1000
    y: int = n + 1
    y = 1000
    z: int = n - 1
    z = 100
    print(x is y, z is 100 + n - n, x + 0 is y)


def range_targets(lo: int) -> None:
    zs: List[int] = []
    for k in range(lo, lo + 3):
        j: int = k
        zs.append(k)
        print(j is k, zs[-1] is k, j is zs[-1])
        j += 1


def radd(n: int) -> None:
    x: int = n * 1000
    y: int = x + S(1)
    print(saved[-1] is x, saved[-1] == x, y)


copies(5)
copies(2**29)
copies(0)
constants(3)
range_targets(1000)
range_targets(-2**30)
radd(3)
