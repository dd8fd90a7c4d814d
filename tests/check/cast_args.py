import __static__
from __static__ import cast


def f(x) -> int:
    return cast(x)  # error: cast requires two parameters: type and value
