# Sieve of Eratosthenes on Array[int64].
import __static__
from __static__ import Array, int64, box, crange


def sieve(n: int64) -> int64:
    flags: Array[int64] = Array[int64](box(n + 1))
    count: int64 = 0
    for i in crange(2, n + 1):
        if flags[i] == 0:
            count += 1
            j: int64 = i * i
            while j <= n:
                flags[j] = 1
                j += i
    return count


def main() -> None:
    print(box(sieve(100)), box(sieve(10000)))


main()
