import __static__
from typing import Final


class C:
    a: Final[int]  # error: Final attribute not initialized: final_attr_not_initialized.C:a
    b: Final[int]

    def __init__(self) -> None:
        self.b = 1
