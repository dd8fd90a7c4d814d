import __static__
from typing import Optional, Callable

class Box:
    def __init__(self, v: int) -> None:
        self.v: int = v

def typed(n: int) -> int:
    total: int = 0
    def add(k: int) -> None:
        nonlocal total
        total += k * n
    for i in range(4):
        add(i)
    return total

def narrowing(b: Optional[Box]) -> int:
    def get() -> int:
        if b is not None:
            return b.v
        return -1
    if b is not None:
        return b.v + get()
    return get()

def hof(xs: list) -> list:
    scale = 3
    return list(map(lambda x: x * scale, xs))

print(typed(2))
print(narrowing(Box(4)), narrowing(None))
print(hof([1, 2]))

class Acc:
    def __init__(self) -> None:
        self.items: list = []

    def adder(self, tag: str) -> Callable[[int], None]:
        def add(v: int) -> None:
            self.items.append((tag, v))
        return add


def make_counters(n: int) -> list:
    out = []
    for i in range(n):
        def bump(start: int = i) -> int:
            return start + n
        out.append(bump)
    return [f() for f in out]


def shadow() -> str:
    name = "outer"
    def inner() -> str:
        name = "inner"
        return name
    return inner() + "/" + name


def deep(a: int) -> int:
    def l1(b: int) -> int:
        def l2(c: int) -> int:
            def l3() -> int:
                return a * 100 + b * 10 + c
            return l3()
        return l2(3)
    return l1(2)

acc = Acc()
f = acc.adder("t")
f(1)
f(2)
print(acc.items)
print(make_counters(3))
print(shadow())
print(deep(1))
