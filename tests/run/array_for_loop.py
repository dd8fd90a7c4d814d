# for x in a, a an Array[int64]: x is an int64 (the reference's element type); the
# iterator's boxed items are unboxed into the target.
import __static__
from __static__ import Array, int64, box

def f() -> int64:
    a: Array[int64] = Array[int64](3)
    a[0] = 1
    a[1] = 2
    a[2] = 3
    sum: int64 = 0
    for el in a:
        sum += el
    return sum

def g(a: Array[int64]) -> int:
    t = 0
    for x in a:
        t += box(x) * 2
    return t

print(box(f()))
b = Array[int64](2)
b[0] = 5
b[1] = -7
print(g(b))
