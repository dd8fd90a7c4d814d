# Static module called from plain Python by the boundary tests (test_*.py).
import __static__
from __static__ import int8, int64, uint8, double, cbool, box
from typing import Optional


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def f(n: int) -> int:
    return n + 1


def add64(a: int64, b: int64) -> int64:
    return a + b


def neg8(a: int8) -> int8:
    return -a


def inc_u8(a: uint8) -> uint8:
    return a + 1


def half(d: double) -> double:
    return d / 2.0


def is_pos(x: int64) -> cbool:
    return x > 0


def flip(c: cbool) -> cbool:
    return not c


def greet(name: str) -> str:
    return "hi " + name


def opt_len(s: Optional[str]) -> int:
    if s is None:
        return -1
    return len(s)


def opt_pipe(s: str | None = None) -> str:
    if s is None:
        return "none"
    return s


def anything(x: object) -> object:
    return x


def untyped(x, y=2):
    return x * y


def floaty(x: float) -> float:
    return x * 2


def kw(a: int, b: int = 10, *, c: int = 100) -> int:
    return a + b + c


def kwonly(a: int, *, c: int) -> int:
    return a * c


def mixed(a: int64, s: str, d: double = 1.5, *, flag: cbool = True) -> str:
    if flag:
        return s * box(a) + str(box(d))
    return s


def flagged(b: bool) -> bool:
    return not b


def nothing() -> None:
    pass
