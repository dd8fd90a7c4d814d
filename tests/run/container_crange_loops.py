# crange loops with one and two arguments, nested, with break/continue.
import __static__
from __static__ import int64, box, crange


def main() -> None:
    s: int64 = 0
    for i in crange(10):
        s += i
    print(box(s))
    t: int64 = 0
    for i in crange(3, 7):
        for j in crange(i):
            if j == 2:
                continue
            t += j
    print(box(t))
    last: int64 = -1
    for k in crange(100):
        if k * k > 50:
            last = k
            break
    print(box(last))
    n: int64 = 5
    for k in crange(n, n):
        print("never")
    print("end")


main()
