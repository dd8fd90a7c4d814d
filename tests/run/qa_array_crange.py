import __static__
from __static__ import Array, int64, box, clen, crange


def sieve(n: int64) -> Array[int64]:
    flags = Array[int64](box(n))
    for i in crange(2, n):
        flags[i] = 1
    i: int64 = 2
    while i * i < n:
        if flags[i]:
            j: int64 = i * i
            while j < n:
                flags[j] = 0
                j += i
        i += 1
    return flags


def count(a: Array[int64]) -> int64:
    c: int64 = 0
    for i in crange(clen(a)):
        c += a[i]
    return c


def prefix_sums(n: int64) -> Array[int64]:
    a = Array[int64](box(n))
    acc: int64 = 0
    for i in crange(n):
        acc += i * i
        a[i] = acc
    return a


def main() -> None:
    s = sieve(100)
    print(box(count(s)), box(clen(s)))
    primes = [i for i in range(100) if s[i]]
    print(primes[:10], primes[-3:])
    p = prefix_sums(10)
    print(list(p))
    print(box(p[-1]), box(p[0]))
    try:
        p[10] = 1
    except IndexError as e:
        print("IndexError:", e)


main()
