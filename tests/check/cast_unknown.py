import __static__
from __static__ import cast


def f(x) -> int:
    return cast(Foo, x)  # error: cast to unknown type
