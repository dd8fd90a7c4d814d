import __static__
from __static__ import int64, box


def count(n: int64):
    i: int64 = 0
    while i < n:
        sent = yield box(i)
        i += 1
    return sent


def delegate(xs):
    r = yield from xs
    return r


def total(xs):
    return sum(x for x in xs)
