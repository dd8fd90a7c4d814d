import __static__
from __static__ import int64, box
from typing import Final


def scaled(n: int) -> int:
    factor: Final[int] = 3
    name: Final = "x"
    return len(name) + n * factor


def prim() -> int:
    step: Final[int64] = 4
    total: int64 = 0
    i: int64 = 0
    while i < 5:
        total += step
        i += 1
    return box(total)


print(scaled(5), prim())
