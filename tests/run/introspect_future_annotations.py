from __future__ import annotations
import __static__
from __static__ import int64, CheckedList
import inspect
from typing import Optional


def f(a: int, b: Optional[ str ] = None, *args: 'C', k: int64 = 3, **kw: CheckedList[int]) -> list[int]:
    return [a]


class C:
    def m(self, other: C, /) -> C:
        return other


print(f.__annotations__)
print(C.m.__annotations__)
print(inspect.signature(f))
print(inspect.signature(C().m))
print(f(1))
