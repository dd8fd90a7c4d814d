import __static__
from __static__ import cast
from typing import Optional


def f(x) -> int:
    return cast(int, x) + 1


def g(x: object) -> Optional[str]:
    return cast(Optional[str], x)


print(f(1), g(None))
