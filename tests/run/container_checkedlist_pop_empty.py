# pop() on an empty CheckedList raises IndexError.
import __static__
from __static__ import CheckedList, int64, box, clen


def drain(xs: CheckedList[int]) -> int64:
    n: int64 = 0
    while clen(xs) > 0:
        xs.pop()
        n += 1
    return n


def main() -> None:
    xs: CheckedList[int] = [1, 2, 3]
    print(box(drain(xs)))
    xs.pop()


main()
