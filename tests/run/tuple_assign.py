# Tuple assignment, swaps and unpacking of objects.
import __static__
from __static__ import int64, box


def fib_iter(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def divmod_pair(a: int, b: int) -> tuple:
    return a // b, a % b


def main() -> None:
    x = 1
    y = "two"
    x, y = y, x
    print(x, y)
    p, q, r = [1, 2, 3]
    print(p, q, r)
    (m, n), o = (4, 5), 6
    print(m, n, o)
    q, rem = divmod_pair(17, 5)
    print(q, rem)
    print(fib_iter(50))
    s, t = "ab"
    print(s, t)
    lo: int64 = 1
    hi: int64 = 9
    tmp: int64 = lo
    lo = hi
    hi = tmp
    print(box(lo), box(hi))


main()
