import __static__
from typing import Literal, Optional


class NoSuppress:
    def __enter__(self) -> None:
        pass

    def __exit__(self, exc_type, exc_value, exc_tb) -> Literal[False]:
        return False


class MaySuppress:
    def __enter__(self) -> None:
        pass

    def __exit__(self, exc_type, exc_value, exc_tb) -> bool:
        return False


def g() -> int:
    return 1


def new_instance(x: Optional[int]) -> None:
    if x is None:
        with NoSuppress():
            return
    reveal_type(x)  # error: reveal_type(x): 'int', 'x' has declared type 'Optional[int]' and local type 'int'


def bool_exit(x: Optional[int]) -> None:
    if x is None:
        with MaySuppress():
            return
    reveal_type(x)  # error: reveal_type(x): 'Optional[int]', 'x' has declared type 'Optional[int]' and local type 'Optional[int]'


def any_instance(x: Optional[int], cm: NoSuppress) -> None:
    if x is None:
        with cm:   # a Python subclass may override __exit__
            return
    reveal_type(x)  # error: reveal_type(x): 'Optional[int]', 'x' has declared type 'Optional[int]' and local type 'Optional[int]'
