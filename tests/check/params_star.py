import __static__
from __static__ import int64


def f(a: int, *args: int, k: str = "", **kw: int) -> int:
    n: int = args  # error: type mismatch: tuple cannot be assigned to int
    d: int = kw  # error: type mismatch: dict cannot be assigned to int
    return a


def g(x: int, /, y: int) -> int:
    return x + y


def caller() -> None:
    i: int64 = 3
    f(1, 2, i)  # error: Call argument cannot be a primitive
    f(1, z=i)  # error: Call argument cannot be a primitive
    f(1, 2, 3, k=4)  # error: type mismatch: Literal[4] received for keyword arg 'k', expected str
    g(1, y=2)
    g(x=1, y=2)  # error: Given argument x does not exist in the definition of params_star.g
    g(1, 2, 3)  # error: Mismatched number of args for function params_star.g. Expected 2, got 3


class A:
    def m(self, x: int) -> int:
        return x

    def n(self, *args) -> int:
        return 0


class B(A):
    def m(self, x: int, *args) -> int:  # error: params_star.B.m overrides params_star.A.m inconsistently. Functions differ by including *args
        return x

    def n(self, *args, **kw) -> int:  # error: params_star.B.n overrides params_star.A.n inconsistently. Functions differ by including **kwargs
        return 1


class C:
    def bad(*args) -> None:  # error: unsupported: method of a static class whose first parameter is not positional
        pass
