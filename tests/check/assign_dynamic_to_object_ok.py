import __static__


class C:
    pass


def f(x) -> C:
    c: C = x
    s: str = x
    n: int = x
    return c
