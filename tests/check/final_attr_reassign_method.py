import __static__
from typing import Final


class C:
    def __init__(self) -> None:
        self.x: Final[int] = 1
        self.y: int = 2

    def set(self) -> None:
        self.y = 3
        self.x = 2  # error: Cannot assign to a Final attribute of final_attr_reassign_method.C:x
