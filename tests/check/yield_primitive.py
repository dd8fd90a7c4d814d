import __static__
from __static__ import int64, box


# Yielded values are objects: a primitive must be boxed.
def gen(n: int64):
    yield n  # error: type mismatch: int64 cannot be assigned to dynamic
    yield box(n)
    yield from n  # error: type mismatch: int64 cannot be assigned to dynamic


def genexp(n: int64) -> object:
    return sum(x for x in n)  # error: cannot iterate over int64
