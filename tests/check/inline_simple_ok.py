import __static__
from __static__ import inline


@inline
def add(a: int, b: int) -> int:
    return a + b


@inline
def bad(a: int) -> int:  # error: @inline only supported on functions with simple return
    b = a
    return b
