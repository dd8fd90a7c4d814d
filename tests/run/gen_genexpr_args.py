# A generator expression as a call's sole argument.
import __static__
from __static__ import int64, box

xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in xs))
print(sum(x * x for x in xs if x > 2))
print(min(x for x in xs), max(-x for x in xs))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), any(x > 9 for x in xs))
print(sorted(x % 3 for x in xs))
print(",".join(str(x) for x in xs))
print(tuple(x for x in "abc"), set(x % 2 for x in xs) == {0, 1})
print(dict((str(x), x) for x in range(3)))
print(list(enumerate(c for c in "hi")))
print(sum((x for x in xs), 100))


def total(n: int64) -> int64:
    return unbox_sum(n)


def unbox_sum(n: int64) -> int64:
    s: int = sum(i for i in range(box(n)))
    return int64(s)


print(box(total(10)))
