import __static__
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, Optional


@dataclass
class C:
    x: str
    y: int = 3
    z: list = field(default_factory=list)
    k: ClassVar[int] = 7

    def total(self) -> int:
        return self.y + len(self.x)


@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "q"


@dataclass
class P:
    v: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale: int) -> None:
        self.v *= scale


class Sub(C):
    pass


@dataclass
class Node:
    val: int
    next: Optional["Node"] = None


def main() -> None:
    c = C("foo", 42)
    print(c, c.total(), C("a"), C(y=1, x="kw"), C.k)
    f = F(1)
    print(f, f < F(2), hash(f) == hash(F(1)))
    try:
        f.a = 3  # type: ignore
    except Exception as e:
        print(type(e).__name__, e)
    print(P(3), P(3, 5), Sub("s"), Node(1, Node(2)))


main()
