import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: Optional[int] = None

    def after(self) -> None:
        while self.x is None:
            pass
        reveal_type(self.x)  # error: reveal_type(self.x): 'Optional[int]'

    def inside(self) -> None:
        while self.x is not None:
            reveal_type(self.x)  # error: reveal_type(self.x): 'int'
            return


def local(x: Optional[int]) -> None:
    while x is None:
        x = 1
    reveal_type(x)  # error: reveal_type(x): 'int', 'x' has declared type 'Optional[int]' and local type 'int'
