from __future__ import annotations
import __static__
from __static__ import int64


def f(x: "int") -> "int64":
    return x  # error: mismatched types: expected int64 because of return type, found int instead
