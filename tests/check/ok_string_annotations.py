from __future__ import annotations
import __static__
from __static__ import int64, box
from typing import Optional


def f(x: "int64", y: "Optional[str]") -> "int64":
    if y is not None:
        return x + int64(len(y))
    return x


def g(x: int64) -> int64:
    return f(x, None)


print(box(g(3)))
