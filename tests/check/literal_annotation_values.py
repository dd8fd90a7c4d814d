import __static__
from typing import Literal


def f(x: bool) -> Literal[False]:
    return x  # error: mismatched types: expected Literal[False] because of return type, found bool instead


def g(x: int) -> Literal[1]:
    return x  # error: mismatched types: expected Literal[1] because of return type, found int instead


def h() -> None:
    a: Literal[False] = True  # error: type mismatch: Literal[True] cannot be assigned to Literal[False]
    b: Literal[1] = 2  # error: type mismatch: Literal[2] cannot be assigned to Literal[1]
    c: Literal[-1] = -1
    d: Literal[True] = True


def ok_dynamic(x) -> Literal[False]:
    return x


def ok_const() -> Literal[1]:
    y = 1
    return y


def ok_literal() -> Literal[True]:
    return True


class A:
    def f(self) -> Literal[False]:
        return False

    def g(self) -> Literal[False]:
        return False


class B(A):
    def f(self) -> bool:  # error: literal_annotation_values.B.f overrides literal_annotation_values.A.f inconsistently. Returned type `bool` is not a subtype of the overridden return `Literal[False]`
        return False

    def g(self) -> Literal[False]:
        return False
