import __static__
from __static__ import cast
from typing import Optional


class A:
    pass


def f(x: object) -> None:
    reveal_type(cast(A, x))  # error: reveal_type(cast(A, x)): 'class_cast_reveal.A'
    reveal_type(cast(Optional[A], x))  # error: reveal_type(cast(Optional[A], x)): 'Optional[class_cast_reveal.A]'
