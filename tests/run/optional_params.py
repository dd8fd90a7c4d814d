# Optional parameters, `X | None`, and narrowing with `is not None` / `is None`.
from __future__ import annotations
import __static__
from typing import Optional


def inc(x: Optional[int]) -> int:
    if x is not None:
        return x + 1
    return -1


def length(s: str | None = None) -> int:
    if s is None:
        return 0
    return len(s)


def first(a: Optional[str], b: Optional[str]) -> str:
    if a is not None:
        return a
    elif b is not None:
        return b
    else:
        return "<none>"


def maybe(n: int) -> Optional[str]:
    if n > 0:
        return "x" * n
    return None


def main() -> None:
    print(inc(1), inc(None), inc(x=41))
    print(length(), length("hello"), length(None))
    print(first("a", "b"), first(None, "b"), first(None, None))
    print(maybe(3), maybe(0))
    r = maybe(2)
    if r is not None:
        print(r.upper())


main()
