import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: Optional[int] = None
        self.y: None = None

    def unknown_store(self, other) -> None:
        if self.x is not None:
            other.y = None
            reveal_type(self.x)  # error: reveal_type(self.x): 'Optional[int]'

    def known_store(self) -> None:
        if self.x is not None:
            self.y = None
            reveal_type(self.x)  # error: reveal_type(self.x): 'int'

    def store_none(self) -> None:
        if self.x is not None:
            self.x = None
            reveal_type(self.x)  # error: reveal_type(self.x): 'Exact[None]'
