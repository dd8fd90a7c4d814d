import __static__
from __static__ import int64, double, cbool, box, Array, crange
import asyncio
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x: float = x
        self.y: float = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: float) -> "Vec":
        return self * k

    def __iadd__(self, other: "Vec") -> "Vec":
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __abs__(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y

    def __repr__(self) -> str:
        return f"Vec({self.x:g}, {self.y:g})"

    def __bool__(self) -> bool:
        return self.x != 0 or self.y != 0


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w: int = w
        self.h: int = h
        self.cells: Dict[Tuple[int, int], str] = {}

    def __getitem__(self, key: Tuple[int, int]) -> str:
        return self.cells.get(key, ".")

    def __setitem__(self, key: Tuple[int, int], v: str) -> None:
        if not (0 <= key[0] < self.w and 0 <= key[1] < self.h):
            raise IndexError(f"{key} outside {self.w}x{self.h}")
        self.cells[key] = v

    def __contains__(self, key: Tuple[int, int]) -> bool:
        return key in self.cells

    def __len__(self) -> int:
        return len(self.cells)

    def render(self) -> str:
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))


class Base:
    registry: List[str] = []

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__()
        Base.registry.append(cls.__name__ + str(sorted(kw)))

    def hello(self) -> str:
        return "base"


class Mid(Base, tag=1):
    def hello(self) -> str:
        return "mid>" + super().hello()


class Leaf(Mid):
    def hello(self) -> str:
        return "leaf>" + super().hello()


def classify(v: object) -> str:
    match v:
        case Vec(0, 0):
            return "zero vec"
        case Vec(x, 0):
            return f"x-axis {x}"
        case [a, b, *rest]:
            return f"seq {a} {b} +{len(rest)}"
        case {"k": val}:
            return f"map {val}"
        case int(n) if n > 10:
            return "big int"
        case str() | bytes():
            return "text"
        case _:
            return "other"


def keywords(a: int, *args: int, scale: int = 2, **kw: str) -> str:
    return f"{a} {args} {scale} {sorted(kw.items())}"


def finally_paths(n: int) -> List[str]:
    log: List[str] = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    else:
        log.append("else")
    return log


def accumulate() -> Iterator[int]:
    total = 0
    while True:
        got = yield total
        if got is None:
            return
        total += got


async def fetch(i: int) -> int:
    await asyncio.sleep(0)
    return i * 10


async def gather_all(n: int) -> List[int]:
    return list(await asyncio.gather(*(fetch(i) for i in range(n))))


def prims(n: int) -> Tuple[int, float]:
    m: int64 = int64(n)
    arr: Array[int64] = Array[int64](n)
    for i in crange(m):
        arr[i] = i * 3
    s: int64 = 0
    d: double = 0.5
    for i in crange(m):
        s += arr[i]
        d = d * 1.5
    return box(s), box(d)


def main() -> None:
    a = Vec(1, 2)
    b = Vec(3, -1)
    c = a + b
    c += Vec(1, 1)
    print(c, 2 * a, -b, abs(Vec(3, 4)), list(a), bool(Vec(0, 0)), bool(a))
    g = Grid(4, 2)
    g[1, 0] = "#"
    g[3, 1] = "@"
    try:
        g[9, 9] = "!"
    except IndexError as e:
        print("IndexError", e)
    print(g.render(), (1, 0) in g, (0, 0) in g, len(g))
    print(Leaf().hello(), Base.registry)
    for v in (Vec(0, 0), Vec(5, 0), [1, 2, 3, 4], {"k": 9}, 42, 3, "s", b"b", None):
        print(classify(v))
    print(keywords(1, 2, 3, scale=5, z="1", y="2"), keywords(7))
    print(finally_paths(5), finally_paths(2))
    acc = accumulate()
    next(acc)
    print(acc.send(5), acc.send(7))
    try:
        acc.send(None)
    except StopIteration as e:
        print("stopped", e.value)
    print(asyncio.run(gather_all(4)))
    print(prims(10))
    if (n := len(g)) > 1:
        print("walrus", n)
    data: Dict[str, Union[int, str]] = {"a": 1, "b": "x"}
    print({k: type(v).__name__ for k, v in data.items()})
    print(sorted({x % 3 for x in range(10)}), [y for y in range(20) if y % 7 == 0])


main()
