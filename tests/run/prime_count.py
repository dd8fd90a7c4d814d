# Trial-division prime counting on int64.
import __static__
from __static__ import int64, cbool, box


def is_prime(n: int64) -> cbool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d: int64 = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit: int64) -> int64:
    c: int64 = 0
    n: int64 = 0
    while n < limit:
        if is_prime(n):
            c += 1
        n += 1
    return c


def main() -> None:
    for lim in [10, 100, 1000, 20000]:
        print(lim, box(count_primes(int64(lim))))


main()
