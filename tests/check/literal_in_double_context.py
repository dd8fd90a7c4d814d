import __static__
from __static__ import double


def f(d: double) -> double:
    e: double = 2
    return d * 2 + e * 1.5 - 3
