import __static__
from typing import ClassVar, Final


class C:
    x: Final[ClassVar[int]] = 3  # error: Class Finals are inferred ClassVar; do not nest with Final
    y: Final[int] = 4
    z: ClassVar[int] = 5


def f() -> int:
    return C.y + C.z
