import __static__
from __static__ import double, box


def f(x: double) -> set:
    s = {box(x)}
    return {x}  # error: type mismatch: double cannot be assigned to dynamic
