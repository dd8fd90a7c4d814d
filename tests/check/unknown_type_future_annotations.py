from __future__ import annotations
import __static__


class C:
    x: unknown_type

    def f(self, a: Missing) -> Elsewhere:
        return a


def g(a: int) -> int:
    return a


g("x")  # error: type mismatch: str received for positional arg 'a', expected int
