from __future__ import annotations

import __static__
from typing import Any, Callable, Dict, List, Optional, Tuple, Union


class Config:
    MAX = 10
    name: str = "cfg"

    def __init__(self, items: list[int], extra: dict[str, int] | None = None) -> None:
        self.items: list[int] = items
        self.extra: Dict[str, int] = extra if extra is not None else {}

    def capped(self) -> List[int]:
        return [min(x, self.MAX) for x in self.items]

    def pair(self) -> Tuple[int, str]:
        return len(self.items), self.name

    def pairs(self) -> tuple:
        return tuple(sorted(self.extra.items()))


def stats(xs: List[float]) -> Tuple[float, float]:
    n: int = len(xs)
    mean: float = sum(xs) / n
    var = sum([(x - mean) ** 2 for x in xs]) / n
    return round(mean, 2), var


def parse(s: str) -> Union[int, str]:
    if s.isdigit():
        return int(s)
    return s


def apply(f: Callable, v: int) -> int:
    return f(v)


def anything(x: Any) -> Any:
    return x.whatever


def ints(a: int, b: int) -> bool:
    m: int = max(a, b)
    flag: bool = a > b
    s: str = str(m)
    k: int = abs(a - b)
    return flag and len(s) > k


def narrow_int(x: object) -> int:
    if isinstance(x, int):
        return x + 1
    if isinstance(x, str):
        return len(x)
    return 0


def floats() -> float:
    x: float = 1
    x += 0.5
    y = x * 2
    return y


def optional_default(d: Optional[dict] = None) -> dict:
    if d is None:
        d = {}
    d["k"] = 1
    return d
