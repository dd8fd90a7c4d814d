import __static__
from __static__ import int64, box


class Shape:
    def __init__(self, name: str) -> None:
        self.name: str = name

    def area(self) -> float:
        return 0.0

    @property
    def label(self) -> str:
        return "shape:" + self.name

    @classmethod
    def make(cls, name: str) -> "Shape":
        return cls(name)

    @staticmethod
    def unit() -> int:
        return 1

    def describe(self) -> str:
        return f"{self.label} {self.area()}"


def scaled(x: int64, k: int64 = 3) -> int64:
    return x * k


def names(shapes: list) -> list:
    return [s.label for s in shapes]
