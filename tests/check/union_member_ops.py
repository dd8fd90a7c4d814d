import __static__
from __static__ import CheckedDict


class A:
    attr: int

    def m(self) -> int:
        return 1


class B:
    attr: str

    def m(self) -> str:
        return ""


class C:
    attr: int

    def m(self) -> int:
        return 2


def attribute(x: A, y: B) -> None:
    z = x or y
    reveal_type(z.attr)  # error: reveal_type(z.attr): 'Union[int, str]'
    reveal_type(z.m())  # error: reveal_type(z.m()): 'Union[int, str]'


def same_result(x: A, y: C) -> int:
    z = x or y
    return z.attr + z.m()


def subscript(x: CheckedDict[int, int], y: CheckedDict[int, str]) -> None:
    reveal_type((x or y)[0])  # error: reveal_type((x or y)[0]): 'Union[int, str]'


def unary(x: int, y: complex) -> None:
    reveal_type(-(x or y))  # error: reveal_type(-(x or y)): 'Union[int, complex]'


def get(n: int) -> A | B | None:
    return A() if n == 0 else B() if n == 1 else None


def with_none(n: int) -> None:
    x = get(n)
    x.attr  # error: Union[union_member_ops.A, union_member_ops.B, None]: 'NoneType' object has no attribute 'attr'
    if x is not None:
        reveal_type(x.attr)  # error: reveal_type(x.attr): 'Union[int, str]'
