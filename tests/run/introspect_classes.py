import __static__
from __static__ import int64
import inspect
import typing
from typing import Optional


class Vec:
    "A vector."
    x: int64

    def __init__(self, x: int64, *more: int, label: Optional[str] = None, **tags: str) -> None:
        self.x = x

    def dot(self, other: "Vec", /) -> int64:
        return self.x * other.x

    @staticmethod
    def zero(*, dims: int = 2) -> "Vec":
        return Vec(0)

    @classmethod
    def of(cls, *xs: int) -> "Vec":
        return Vec(int64(len(xs)))


print(inspect.signature(Vec))
print(inspect.signature(Vec.__init__))
print(inspect.signature(Vec.dot), inspect.signature(Vec(1).dot))
print(inspect.signature(Vec.zero), inspect.signature(Vec.of))
print(typing.get_type_hints(Vec.dot))
print(typing.get_type_hints(Vec.__init__))
print(Vec.dot.__qualname__, Vec.of.__qualname__, Vec.__init__.__name__, Vec.dot.__module__)
print(Vec.__doc__, Vec.dot.__doc__)
print(inspect.isroutine(Vec.dot), inspect.ismethod(Vec(1).dot), inspect.ismethod(Vec.of))
