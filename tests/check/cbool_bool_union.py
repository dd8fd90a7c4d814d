import __static__
from __static__ import cbool


def f(a: cbool, b: bool) -> None:
    c = a or b  # error: invalid union type Union[cbool, bool]; unions cannot include primitive types
