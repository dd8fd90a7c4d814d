import __static__
from __static__ import int64, box


def checked_div(a: int64, b: int64) -> int64:
    assert b != 0, f"division by zero attempted with a={box(a)}"
    return a // b


print(box(checked_div(10, 3)))
print(box(checked_div(7, 0)))
