import __static__
from typing import Optional


class A:
    pass


def f(x: Optional[A]) -> None:
    if isinstance(x, A):
        reveal_type(x)  # error: reveal_type(x): 'narrow_isinstance_else_optional.A', 'x' has declared type 'Optional[narrow_isinstance_else_optional.A]' and local type 'narrow_isinstance_else_optional.A'
    else:
        reveal_type(x)  # error: reveal_type(x): 'None', 'x' has declared type 'Optional[narrow_isinstance_else_optional.A]' and local type 'None'
