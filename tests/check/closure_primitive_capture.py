# Primitives are unboxed C locals: a nested function may not capture one (§1.2).
import __static__
from __static__ import int64, box


def captures(n: int64) -> int:
    acc: int64 = n + 1
    f = lambda: acc + 1  # error@17: cannot use primitives in global or closure scope
    return f()


def boxes_first(n: int64) -> int:
    acc: int = box(n + 1)
    f = lambda: acc + 1
    return f()
