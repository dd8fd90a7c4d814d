"""Fannkuch-redux — for every permutation of 0..size-1 (generated in the counting
order of the Benchmarks Game version), count the prefix reversals ("pancake flips")
until 0 comes first; track the maximum and an alternating-sign checksum. Plain Python.
run(n) returns checksum * 100 + max_flips for size n (n = 9: 8629 and 30).
"""

DEFAULT_N = 9
QUICK_N = 7


def fannkuch(size):
    perm1 = list(range(size))
    perm = [0] * size
    count = [0] * size
    max_flips = 0
    checksum = 0
    sign = 1
    r = size
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        i = 0
        while i < size:
            perm[i] = perm1[i]
            i += 1
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
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
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def run(n):
    return fannkuch(n)


if __name__ == "__main__":
    print(run(DEFAULT_N))
