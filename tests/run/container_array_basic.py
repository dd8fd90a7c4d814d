# Array[int64]: construction, indexing, assignment, clen.
import __static__
from __static__ import Array, int64, box, clen


def main() -> None:
    a: Array[int64] = Array[int64](8)
    i: int64 = 0
    while i < clen(a):
        a[i] = i * i
        i += 1
    s: int64 = 0
    i = 0
    while i < 8:
        s += a[i]
        i += 1
    print(box(s), box(clen(a)), box(a[7]))
    a[3] += 100
    a[0] -= 1
    print(box(a[3]), box(a[0]))


main()
