import __static__
from __static__ import double, cbool


def f(d: double) -> cbool:
    return not d  # error: Cannot invert/not a double
