import __static__
from __static__ import int64, double


def f(a: int64, d: double) -> None:
    reveal_type(a != 0)  # error: reveal_type(a != 0): 'cbool'
    reveal_type(d >= 1.0)  # error: reveal_type(d >= 1.0): 'cbool'
