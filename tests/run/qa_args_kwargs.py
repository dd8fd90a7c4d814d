import __static__
from __static__ import int64, box
from typing import Optional


def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return f"{greeting}, {name}{punct}"


def make_range(start: int64, stop: int64 = 10, step: int64 = 1) -> list:
    out: list = []
    i: int64 = start
    while i < stop:
        out.append(box(i))
        i += step
    return out


def kwonly(a: int, *, scale: int = 2, offset: int = 0) -> int:
    return a * scale + offset


def opt(x: Optional[int] = None, label: str = "x") -> str:
    if x is None:
        return label + "=<none>"
    return f"{label}={x + 1}"


def mutable_default(item: int, acc: list = []) -> list:
    acc.append(item)
    return acc


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
print(make_range(3), make_range(0, 5), make_range(1, 20, 4), make_range(stop=3, start=1))
print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=1, scale=0))
print(opt(), opt(4), opt(label="y"), opt(x=0, label="z"))
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
try:
    kw = kwonly
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g = greet
    g()
except TypeError as e:
    print("TypeError:", e)
try:
    g("a", nme="b")
except TypeError as e:
    print("TypeError:", e)
