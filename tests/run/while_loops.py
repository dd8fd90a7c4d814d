# while loops with break / continue / else, on primitives and objects.
import __static__
from __static__ import int64, box


def find_first_multiple(start: int64, k: int64, limit: int64) -> int64:
    i: int64 = start
    while i < limit:
        if i % k == 0:
            break
        i += 1
    else:
        return -1
    return i


def count_odd(n: int64) -> int64:
    i: int64 = 0
    c: int64 = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        c += 1
    return c


def main() -> None:
    print(box(find_first_multiple(10, 7, 100)))
    print(box(find_first_multiple(10, 700, 100)))
    print(box(count_odd(11)))
    words = ["a", "bb", "ccc"]
    i = 0
    while i < len(words):
        print(words[i])
        i += 1
    else:
        print("done", i)
    n = 0
    while True:
        n += 1
        if n > 3:
            break
    print("n", n)


main()
