import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: Optional[int] = None
        self.flag: bool = False

    def dynamic_truth(self, b) -> None:
        if self.x is not None:
            y = not b   # b.__bool__ may store into self.x
            reveal_type(self.x)  # error: reveal_type(self.x): 'Optional[int]'

    def bool_truth(self) -> None:
        if self.x is not None:
            y = not self.flag
            reveal_type(self.x)  # error: reveal_type(self.x): 'int'
