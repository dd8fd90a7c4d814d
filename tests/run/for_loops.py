# for loops over range, lists, strings and dicts with break / continue / else.
import __static__
from __static__ import int64, box


def sum_range(n: int) -> int64:
    s: int64 = 0
    for i in range(n):
        s += int64(i)
    return s


def main() -> None:
    print(box(sum_range(100)))
    for i in range(3):
        print("i", i)
    for x in [10, 20, 30]:
        if x == 20:
            continue
        print("x", x)
    for ch in "abc":
        print(ch, end=" ")
    print()
    d = {"one": 1, "two": 2, "three": 3}
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(k, "=", v)
    for i in range(10):
        if i == 4:
            print("break at", i)
            break
    else:
        print("no break")
    for i in range(2):
        pass
    else:
        print("else after", i)
    for i in range(3, 0, -1):
        for j in range(i):
            print(i, j, end=";")
    print()


main()
