import __static__
from __static__ import double


def ok(x: int | None) -> None:
    pass


def bad(x: double | None) -> None:  # error: invalid union type Optional[double]; unions cannot include primitive types
    pass
