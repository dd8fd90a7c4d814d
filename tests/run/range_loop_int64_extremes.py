# `for k in range(...)` steps CPython's range iterator inline (lower.c, range_iter_step)
# when the bounds fit int64. Items are start + step * index in unsigned arithmetic, as in
# CPython: step * index alone may pass int64 although every item is in range.
import __static__
from typing import List


def items(lo: int, hi: int, st: int) -> List[int]:
    out: List[int] = []
    for k in range(lo, hi, st):
        out.append(k)
    return out


print(items(-2**63, 2**63 - 1, 2**62))
print(items(2**63 - 1, -2**63, -2**62))
print(items(-2**63, 2**63 - 1, 2**63 - 1))
print(items(2**63 - 1, -2**63, -(2**63 - 1)))
print(items(-2**63, 2**63 - 1, 3 * 2**61))
print(items(2**30 - 2, 2**30 + 2, 1), items(-2**30 + 1, -2**30 - 2, -1))
print(items(-2**63 - 1, -2**63 + 2, 1), items(2**63 - 2, 2**63 + 1, 1))
