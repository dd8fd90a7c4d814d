# cl[a:b] = [...] with cl a CheckedList[T]: the display is built as a CheckedList[T]
# (CinderX's rule; CPython would pass a list, which the checked list rejects).
import __static__
from __static__ import CheckedList


def assign(x: CheckedList[int]) -> None:
    x[1:3] = [2, 3]
    x[:0] = [0]


li = CheckedList[int]([1, 1, 1])
try:
    assign(li)
except TypeError:   # CPython: a plain list is rejected
    print("TypeError")
print(list(li))
