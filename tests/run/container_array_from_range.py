# Array[int64] built from an iterable; reversal and prefix sums in place.
import __static__
from __static__ import Array, int64, box, clen

ArrayI64 = Array[int64]


def reverse(a: Array[int64]) -> None:
    i: int64 = 0
    j: int64 = clen(a) - 1
    while i < j:
        t: int64 = a[i]
        a[i] = a[j]
        a[j] = t
        i += 1
        j -= 1


def prefix(a: Array[int64]) -> None:
    i: int64 = 1
    while i < clen(a):
        a[i] = a[i] + a[i - 1]
        i += 1


def show(a: Array[int64]) -> str:
    out = []
    i: int64 = 0
    while i < clen(a):
        out.append(str(box(a[i])))
        i += 1
    return ",".join(out)


def main() -> None:
    a: Array[int64] = ArrayI64(range(1, 9))
    print(show(a))
    reverse(a)
    print(show(a))
    prefix(a)
    print(show(a), box(a[7]))


main()
