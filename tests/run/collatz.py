# int64 loops: Collatz sequence lengths.
import __static__
from __static__ import int64, box


def collatz_len(n: int64) -> int64:
    steps: int64 = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit: int64) -> int64:
    best: int64 = 0
    best_n: int64 = 0
    n: int64 = 1
    while n < limit:
        l: int64 = collatz_len(n)
        if l > best:
            best = l
            best_n = n
        n += 1
    return best_n * 1000 + best


def main() -> None:
    print(box(collatz_len(27)))
    print(box(longest(10000)))


main()
