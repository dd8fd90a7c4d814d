"""Fannkuch-redux — for every permutation of 0..size-1 (generated in the counting
order of the Benchmarks Game version), count the prefix reversals ("pancake flips")
until 0 comes first; track the maximum and an alternating-sign checksum. Static Python
with ordinary annotations (int locals, list buffers).
run(n) returns checksum * 100 + max_flips for size n (n = 9: 8629 and 30).
"""
import __static__
from typing import Final

DEFAULT_N: Final[int] = 9
QUICK_N: Final[int] = 7


def fannkuch(size: int) -> int:
    perm1: list = list(range(size))
    perm: list = [0] * size
    count: list = [0] * size
    max_flips: int = 0
    checksum: int = 0
    sign: int = 1
    r: int = size
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        i: int = 0
        while i < size:
            perm[i] = perm1[i]
            i += 1
        flips: int = 0
        k: int = perm[0]
        while k != 0:
            lo: int = 0
            hi: int = k
            while lo < hi:
                t: int = perm[lo]
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
                return checksum * 100 + max_flips
            first: int = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
    return checksum * 100 + max_flips


def run(n: int) -> int:
    return fannkuch(n)


if __name__ == "__main__":
    print(run(DEFAULT_N))
