# [a, *b, c] as a CheckedList[T]: built by append / extend in order, so the starred
# items are checked against T at run time (a dialect difference: CPython builds a list).
import __static__
from __static__ import CheckedList


def joined() -> CheckedList[int]:
    a: CheckedList[int] = [1, 2]
    b: CheckedList[int] = [0, *a, 3, *a]
    return b


def from_plain(xs: list) -> CheckedList[int]:
    r: CheckedList[int] = [*xs, 9]
    return r


j = joined()
print(type(j).__name__, list(j))
print(list(from_plain([7, 8])))
try:
    from_plain([7, "x"])
except TypeError as e:
    print("TypeError")
