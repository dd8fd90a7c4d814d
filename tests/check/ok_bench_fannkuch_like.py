import __static__
from __static__ import Array, box, int64

ArrayI64 = Array[int64]


def fannkuch(nb: int) -> int:
    n: int64 = int64(nb)
    perm1 = ArrayI64(range(nb))
    perm: ArrayI64 = ArrayI64(nb)
    count: Array[int64] = ArrayI64(nb)
    max_flips: int64 = 0
    r: int64 = n
    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1
        i: int64 = 0
        while i < n:
            perm[i] = perm1[i]
            i += 1
        k: int64 = perm[0]
        flips: int64 = 0
        while k:
            flips += 1
            k = perm[k]
        if flips > max_flips:
            max_flips = flips
        while r != n:
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return box(max_flips)
    return 0
