# Boxed integer primitives stored into int locals (n = len(xs), box(int64)) are tagged
# words when small: widths, unsigned, values beyond 2**30 and 2**63, identity of small ints.
import __static__
from typing import List
from __static__ import int64, int8, uint32, uint64, box
def f(xs: List[int]) -> int:
    n = len(xs)
    i = 0
    s = 0
    while i < n:
        s += xs[i]
        i += 1
    return s + n
def g() -> list:
    a: int64 = 1 << 40
    x = box(a)
    b: int8 = -5
    y = box(b)
    c: uint32 = 4000000000
    z = box(c)
    d: uint64 = 18446744073709551615
    w = box(d)
    x = x + 1
    return [x, y, z, w, y is box(b)]
print(f(list(range(100))), g())
