import __static__
from __static__ import int64, int8, uint64, double, cbool, box


def f(n: int, d: double) -> None:
    a: int64 = n  # error: type mismatch: int cannot be assigned to int64
    b: int8 = 200  # error: type mismatch: Literal[200] cannot be assigned to int8
    c: int64 = 1
    u: uint64 = 2
    print(c)  # error: Call argument cannot be a primitive
    e = c + u  # error: cannot add int64 and uint64
    g: int = c  # error: type mismatch: int64 cannot be assigned to int
    h = box(n)  # error: can't box non-primitive: int
    k = c + d  # error: cannot add int64 and double
    if c < n:  # error: can't compare int64 to int
        pass


def r() -> int:
    x: int64 = 3
    return x  # error: mismatched types: expected int because of return type, found int64 instead
