import __static__
from __static__ import int64, box


def minmax(xs: list) -> tuple:
    lo = hi = xs[0]
    for x in xs[1:]:
        if x < lo:
            lo = x
        elif x > hi:
            hi = x
    return lo, hi


def classify(x: int) -> str:
    if 0 <= x < 10:
        return "digit"
    elif 10 <= x < 100 <= 100:
        return "two"
    elif x < 0 or x >= 1000:
        return "out"
    return "three"


def prim_chain(a: int64, b: int64, c: int64) -> bool:
    return box(a < b < c)


calls: list = []


def t(v: int, tag: str) -> int:
    calls.append(tag)
    return v


lo, hi = minmax([5, 3, 9, -2, 7])
print(lo, hi)
a, (b, c), rest = [1, (2, 3), [4, 5, 6]]
print(a, b, c, rest)
first, mid, last = "abc"
print(first, mid, last)
x, y = 1, 2
x, y = y, x + y
print(x, y)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
print([classify(v) for v in [5, 50, 500, -1, 5000]])
print(prim_chain(1, 2, 3), prim_chain(1, 3, 2), prim_chain(3, 2, 1))
print(t(1, "a") < t(2, "b") < t(0, "c") < t(5, "d"), calls)
calls.clear()
print(t(0, "a") and t(1, "b"), t(2, "c") or t(3, "d"), t(0, "e") or t(0, "f") or t(7, "g"), calls)
calls.clear()
print(not t(0, "n"), t(1, "x") if t(0, "cond") else t(2, "y"), calls)
