# `for x in range(...)` iterates inline (runtime SpcRangeIter; the loop variable is a
# tagged int in native functions): steps, empty and negative ranges, bounds beyond int64
# (CPython's iterator), range rebound at run time, break/else, the variable after the
# loop, values crossing 2**30, nested loops, generators, comprehensions, module level.
import __static__
from typing import List

BIG = 1 << 40


def basic(n: int) -> List[int]:
    out: List[int] = []
    for i in range(n):
        out.append(i * i)
    for j in range(3, n, 2):
        out.append(j)
    for k in range(n, 0, -3):
        out.append(-k)
    for e in range(5, 5):
        out.append(999)
    for e in range(5, 0):
        out.append(998)
    return out


def sums(n: int) -> int:
    s: int = 0
    for i in range(n):
        s += i % 7
    return s


def crossing() -> List[int]:
    out: List[int] = []
    for v in range((1 << 30) - 2, (1 << 30) + 2):
        out.append(v - (1 << 30))
    for w in range(-(1 << 30) + 1, -(1 << 30) - 3, -1):
        out.append(w + (1 << 30))
    for b in range(BIG, BIG + 3):
        out.append(b - BIG)
    for h in range(1 << 62, (1 << 62) + 2):
        out.append(h - (1 << 62))
    for u in range(1 << 70, (1 << 70) + 2):
        out.append(u - (1 << 70))
    return out


def last_and_else(n: int) -> List[object]:
    found = None
    for i in range(n):
        if i * i > 50:
            found = i
            break
    else:
        found = "none"
    i2 = -1
    for i2 in range(0):
        pass
    return [found, i, i2]


class Idx:
    def __index__(self) -> int:
        return 4


def odd_args() -> List[object]:
    out: List[object] = []
    for a in range(True, 3):
        out.append(a)
    for b in range(Idx()):
        out.append(b)
    for c in range(-(1 << 63), (1 << 63) - 1, (1 << 62) + 1):
        out.append(c)
    for d in range((1 << 63) - 2, (1 << 63) + 2):
        out.append(d)
    for e in range(-(1 << 63), (1 << 63) - 1, 1 << 63):
        out.append(e)
    for f in range(10, -10, -7):
        out.append(f)
    for g in range(5, 6, -1):
        out.append(g)
    try:
        for h in range(1, 2, 3, 4):  # noqa
            pass
    except TypeError as ex:
        out.append(str(ex))
    try:
        for k in range(step=2):  # noqa
            pass
    except TypeError as ex:
        out.append(str(ex))
    return out


def nested(n: int) -> int:
    t: int = 0
    for a in range(n):
        for b in range(a):
            t += a * b
    return t


def identity() -> List[bool]:
    out: List[bool] = []
    for i in range(300, 302):
        x = i
        y = i
        out.append(x is y)
    return out


def gen(n: int):
    for i in range(0, n, 3):
        yield i * 2


def comp(n: int) -> List[int]:
    return [i * 3 for i in range(n) if i % 2]


def errors() -> List[str]:
    out: List[str] = []
    try:
        for i in range(0, 10, 0):
            pass
    except ValueError as e:
        out.append(str(e))
    try:
        for i in range("3"):  # noqa
            pass
    except TypeError as e:
        out.append(str(e))
    return out


def rebound() -> List[int]:
    global range
    saved = range
    range = lambda n: [100, 200]  # noqa: E731
    try:
        return [i for i in range(5)] + [j for j in saved(2)]
    finally:
        range = saved


total = 0
for m in range(4):
    total += m
print(basic(10), sums(1000), crossing())
print(last_and_else(20), last_and_else(3), nested(30), identity())
print(list(gen(10)), comp(10), errors(), rebound(), total, m)
print(odd_args())
