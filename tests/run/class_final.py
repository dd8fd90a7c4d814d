# @final classes and @final methods.
import __static__
from __static__ import int64, box
from typing import final


class Base:
    @final
    def ident(self) -> int64:
        return 42

    def kind(self) -> str:
        return "base"


@final
class Leaf(Base):
    def __init__(self, v: int64) -> None:
        self.v: int64 = v

    def kind(self) -> str:
        return "leaf"

    def twice(self) -> int64:
        return self.v * 2


def main() -> None:
    l = Leaf(21)
    print(box(l.ident()), l.kind(), box(l.twice()))
    b: Base = l
    print(box(b.ident()), b.kind())
    print(box(Base().ident()), Base().kind())


main()
