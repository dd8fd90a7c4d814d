import __static__
from typing import Optional


class C:
    pass


def f(x: Optional):
    return x.foo  # error: cannot access attribute from unbound Union


def g() -> None:
    x: Optional = 42  # error: type mismatch: Literal[42] cannot be assigned to Optional[T]


def h(x: Optional) -> None:
    y: Optional[C] = x  # error: type mismatch: Optional[T] cannot be assigned to Optional[optional_unbound.C]
    z: object = x
    w = x
    v: Optional = x


def k(d) -> None:
    u: Optional = d
    print(u)
