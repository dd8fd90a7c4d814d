import __static__
from __static__ import double


def f(d: double) -> double:
    e = -d
    if not d:  # error: Cannot invert/not a double
        return e
    return d
