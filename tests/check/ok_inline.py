import __static__
from __static__ import inline


@inline
def f(x: int) -> int:
    return x + 1


print(f(1))
