import __static__
from typing import Final


class C:
    LIMIT: Final[int] = 5
    other: int = 1


def f() -> None:
    C.other = 2
    C.LIMIT = 6  # error: Cannot assign to a Final attribute of final_attr_class_constant.C:LIMIT
