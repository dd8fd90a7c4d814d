# List, set and dict comprehensions: scoping, nesting, conditions, typed contexts.
import __static__
from __static__ import int64, box, CheckedList


def squares(n: int) -> list:
    return [i * i for i in range(n)]


def pairs(xs: list, ys: list) -> list:
    return [(x, y) for x in xs if x % 2 for y in ys if y != x]


def index(words: list) -> dict:
    return {w: len(w) for w in words}


def letters(words: list) -> set:
    return {c for w in words for c in w}


def scoped() -> int:
    x = 100
    ys = [x for x in range(3)]
    return x + len(ys)


def typed(n: int64) -> CheckedList[int]:
    out: CheckedList[int] = [i + 1 for i in range(box(n))]
    return out


x = "module x"
print(squares(6))
print(pairs([1, 2, 3], [1, 3]))
print(sorted(index(["a", "bb", "ccc"]).items()))
print(sorted(letters(["ab", "bc"])))
print(scoped())
print(typed(4))
print([c.upper() for c in "hey"], x)
print([[j for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v})
