# Indexing an Array[int64] out of range raises IndexError.
import __static__
from __static__ import Array, int64, box


def get(a: Array[int64], i: int64) -> int64:
    return a[i]


def main() -> None:
    a: Array[int64] = Array[int64](4)
    a[3] = 7
    print(box(get(a, 3)))
    print(box(get(a, 4)))


main()
