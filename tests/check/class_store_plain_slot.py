import __static__
from typing import Final


class C:
    x: Final[int]
    y: int
    z: int = 3

    def __init__(self) -> None:
        self.x = 3
        self.y = 4


C.x = 4  # error: type mismatch: Literal[4] cannot be assigned to types.MemberDescriptorType
C.y = 5  # error: type mismatch: Literal[5] cannot be assigned to types.MemberDescriptorType
C.z = 6
C.other = 7


def replace(d) -> None:
    C.y = d
