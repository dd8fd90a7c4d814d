import __static__
from typing import Optional


def first(a: Optional[str], b: Optional[str]) -> str:
    return a or b or "none"


def count(a: Optional[int], b: int) -> int:
    return (a or b) + 1


print(first("A", None), first(None, "B"), first("", "B"), first(None, None), first("", ""))
print(count(None, 2), count(0, 5), count(3, 5))
