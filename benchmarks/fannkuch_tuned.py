"""Fannkuch-redux — for every permutation of 0..size-1 (generated in the counting
order of the Benchmarks Game version), count the prefix reversals ("pancake flips")
until 0 comes first; track the maximum and an alternating-sign checksum. Tuned Static
Python: Array[int64] buffers, int64 locals and arithmetic.
run(n) returns checksum * 100 + max_flips for size n (n = 9: 8629 and 30).
"""
import __static__
from __static__ import Array, box, int64
from typing import Final

DEFAULT_N: Final[int] = 9
QUICK_N: Final[int] = 7


def fannkuch(size: int64) -> int:
    perm1: Array[int64] = Array[int64](box(size))
    perm: Array[int64] = Array[int64](box(size))
    count: Array[int64] = Array[int64](box(size))
    i: int64 = 0
    while i < size:
        perm1[i] = i
        i += 1
    max_flips: int64 = 0
    checksum: int64 = 0
    sign: int64 = 1
    r: int64 = size
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        i = 0
        while i < size:
            perm[i] = perm1[i]
            i += 1
        flips: int64 = 0
        k: int64 = perm[0]
        while k != 0:
            lo: int64 = 0
            hi: int64 = k
            while lo < hi:
                t: int64 = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        while True:
            if r == size:
                return box(checksum * 100 + max_flips)
            first: int64 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
    return box(checksum * 100 + max_flips)


def run(n: int) -> int:
    return fannkuch(int64(n))


if __name__ == "__main__":
    print(run(DEFAULT_N))
