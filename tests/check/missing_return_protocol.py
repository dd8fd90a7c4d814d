import __static__
from typing import Protocol


class Shape(Protocol):   # a Protocol's methods are signatures only
    def area(self) -> float:
        ...

    def name(self) -> str:
        pass


class Square:
    def area(self) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
        pass
