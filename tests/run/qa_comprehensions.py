import __static__
from __static__ import int64, box, CheckedList


def matrix(n: int) -> list:
    return [[i * n + j for j in range(n)] for i in range(n)]


def transpose(m: list) -> list:
    return [[row[i] for row in m] for i in range(len(m[0]))]


def primes(n: int) -> list:
    return [p for p in range(2, n) if all([p % d for d in range(2, int(p ** 0.5) + 1)])]


def stats(words: list) -> None:
    lens = {w: len(w) for w in words}
    firsts = {w[0] for w in words}
    print(sorted(lens.items()))
    print(sorted(firsts))
    print(sum([len(w) for w in words]), max(words, key=len), min([len(w) for w in words]))
    pairs = [(a, b) for a in range(3) for b in range(a, 3) if a != b]
    print(pairs)
    flat = [x for row in matrix(3) for x in row if x % 2 == 0]
    print(flat)


def checked() -> None:
    sq: CheckedList[int] = [i * i for i in range(6)]
    print(sq, len(sq))


m = matrix(4)
print(m)
print(transpose(m))
print(primes(40))
stats(["apple", "kiwi", "banana", "avocado", "cherry"])
checked()
x = 10
print([x for x in range(3)], x)
print({k: v for k, v in zip("abc", range(3))})
