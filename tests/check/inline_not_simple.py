import __static__
from __static__ import inline


@inline
def f(x: int) -> int:  # error: @inline only supported on functions with simple return
    y = x + 1
    return y
