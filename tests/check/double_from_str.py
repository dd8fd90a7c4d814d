import __static__
from __static__ import double


def f(x: int, y: float) -> double:
    a = double(x) + double(y)
    return double("s")  # error: type mismatch: double cannot be created from str
