import __static__


class C:
    def m(self, x: int) -> int:
        return x


def f(c: C) -> int:
    return c.m("s")  # error: type mismatch: str received for positional arg 'x', expected int
