import __static__
from __static__ import int64, box


def f(x: int64) -> dict:
    d = {"a": box(x)}
    return {"a": x}  # error: type mismatch: int64 cannot be assigned to dynamic
