import __static__
from __static__ import cast
from typing import Optional


class C:
    pass


def f(x: object) -> Optional[C]:
    return cast(Optional[C], x)


def g(x: object) -> C:
    return cast(Optional[C], x)  # error: mismatched types: expected cast_optional_ok.C because of return type, found Optional[cast_optional_ok.C] instead
