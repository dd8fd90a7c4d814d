import __static__
from __static__ import inline


class C:
    @inline
    def f(self) -> int:  # error: @inline only supported on functions with simple return
        x = 1
        return x
