import __static__
from __static__ import cbool, double


def f(b: bool, d: double) -> cbool:
    a = cbool(b)
    return cbool(d)  # error: type mismatch: double cannot be assigned to cbool
