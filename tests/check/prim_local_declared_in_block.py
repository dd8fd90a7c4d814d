import __static__
from __static__ import box, int64


def declared_in_branch(x) -> int:
    if x:
        y: int64 = 42
    return box(y)  # error: Name `y` is not defined.


def both_branches(x) -> int:
    if x:
        y: int64 = 42
    else:
        y = 1
    return box(y)


def declared_at_top() -> int:
    z: int64
    return box(z)


def in_loop(n: int64) -> int:
    for i in range(3):
        w: int64 = 1
        n = n + w
    return box(n)


def used_inside(x) -> int:
    if x:
        v: int64 = 3
        return box(v)
    return 0
