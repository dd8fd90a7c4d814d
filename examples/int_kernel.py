"""An int64 kernel: prime counting by trial division, Collatz chain lengths and a
linear congruential generator with popcounts. Every intermediate value stays below
2**63, so plain CPython computes the same checksum as the compiled module.

    python3 examples/int_kernel.py          (PYTHONPATH=build/python)
    spc run examples/int_kernel.py
"""
import __static__
from __static__ import int64, cbool, box
from typing import Final

DEFAULT_N: Final[int] = 150000


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


def collatz_len(n: int64) -> int64:
    steps: int64 = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def popcount(x: int64) -> int64:
    c: int64 = 0
    while x:
        c += x & 1
        x >>= 1
    return c


def lcg(x: int64) -> int64:
    return (x * 1103515245 + 12345) & 2147483647


def kernel(n: int64) -> int64:
    primes: int64 = 0
    longest: int64 = 0
    bits: int64 = 0
    seed: int64 = 42
    i: int64 = 1
    while i <= n:
        if is_prime(i):
            primes += 1
        c: int64 = collatz_len(i)
        if c > longest:
            longest = c
        seed = lcg(seed)
        bits += popcount(seed)
        i += 1
    return primes * 1000000000 + longest * 1000000 + bits % 1000000


def main(n: int) -> int:
    return box(kernel(int64(n)))


if __name__ == "__main__":
    print(main(DEFAULT_N))
