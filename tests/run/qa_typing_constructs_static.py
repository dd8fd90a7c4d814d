import __static__
from __static__ import int64, box
from typing import Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, Tuple, TypeVar, overload, Any, Iterable
from typing import TYPE_CHECKING
import typing

T = TypeVar("T")

if TYPE_CHECKING:
    from collections.abc import Sequence


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def get(self) -> T:
        return self.v


class HasLen(Protocol):
    def __len__(self) -> int: ...


class Pt(NamedTuple):
    x: int
    y: int = 0


def size(x: HasLen) -> int:
    return len(x)


def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x: Any) -> Any:
    return str(x) if isinstance(x, int) else int(x)


def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())


def first(xs: Iterable[T]) -> Optional[T]:
    for x in xs:
        return x
    return None


class Counter:
    def __init__(self) -> None:
        self.n: int64 = 0
        self.hooks: List[Callable[[int], None]] = []

    def tick(self) -> int:
        self.n += 1
        for h in self.hooks:
            h(box(self.n))
        return box(self.n)


def main() -> None:
    b: Box[int] = Box(3)
    print(b.get(), size([1, 2]), size("abc"), apply(lambda v: v * 2, [1, 2]))
    p = Pt(1)
    print(p, p._replace(y=5), p.x + p.y, Pt._fields)
    print(conv(5), conv("7"), pairs({"b": 2, "a": 1}), first([9, 8]), first([]))
    c = Counter()
    seen: List[int] = []
    c.hooks.append(seen.append)
    c.tick(); c.tick()
    print(seen, typing.get_type_hints(apply)["f"])


main()
