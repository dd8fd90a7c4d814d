import __static__
from __static__ import int64, cbool, box


def from_object(o: object) -> int:
    return box(int64(o))   # object may hold an int: checked when unboxed


def from_str(s: str) -> int:
    return box(int64(s))  # error: type mismatch: str cannot be assigned to int64


def flag(c: cbool) -> bool:
    return bool(c)   # boxes, like box(c)


def flag_len(c: cbool) -> int:
    return len(c)  # error: Call argument cannot be a primitive
