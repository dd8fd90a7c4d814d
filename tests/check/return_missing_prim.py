import __static__
from __static__ import int64


def ok(x: int64) -> int64:
    if x > 0:
        return x
    raise ValueError()


def bad(x: int64) -> int64:  # error: Function has declared return type 'int64' but can implicitly return None.
    if x > 0:
        return x
