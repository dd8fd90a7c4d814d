# Static module exercised by the memory tier: every function is called ~100k times by
# test_leaks.py and a few hundred times under valgrind by vg_smoke.py.
import __static__
from __static__ import int64, double, cbool, box, cast
from typing import Optional


def add(a: int64, b: int64) -> int64:
    return a + b


def fdiv(d: double, e: double) -> double:
    return d / e


def positive(x: int64) -> cbool:
    return x > 0


def concat(s: str, t: str) -> str:
    return s + t


def ident(x: object) -> object:
    return x


def opt(x: Optional[str]) -> int:
    if x is not None:
        return len(x)
    return 0


def kw(a: int, b: int = 1, *, c: int = 2) -> int:
    return a + b + c


def make_list(n: int) -> list:
    return [n, n, "x", (n, None)]


def make_dict(k: str, v: object) -> dict:
    return {k: v, "const": [v]}


def big(a: int) -> int:
    return a * a * a


def loop_sum(n: int) -> int:
    s: int64 = 0
    for i in range(n):
        s += int64(i)
    return box(s)


def strings(s: str) -> str:
    parts = s.split(",")
    out = "-".join(parts)
    return out.upper()[1:]


def raises(n: int) -> int:
    if n > 0:
        raise ValueError("bad value " + str(n))
    return n


def div(a: int64, b: int64) -> int64:
    return a // b


def check_fail(x: int64) -> int64:
    assert x < 0, "must be negative"
    return x


def casted(o: object) -> str:
    s: str = cast(str, o)
    return s


def untyped(x, y):
    return [x, y, x + y]


def recurse(n: int64) -> int64:
    if n <= 0:
        return 0
    return 1 + recurse(n - 1)


def packed(a: str, *args: object, k: str = "k", **kw: object) -> int64:
    return int64(len(args) + len(kw))


def packs_static(s: str, o: object) -> int64:
    return packed(s, o, s, k=s, x=o, y=s) + packed(s)


class Varargs:
    def m(self, *args: object, **kw: object) -> int64:
        return int64(len(args))

    def run(self, s: str) -> int64:
        return self.m(s, s, key=s)


def py_m(self, *args, **kw):
    return len(args) + len(kw)


PyVarargs = type("PyVarargs", (Varargs,), {"m": py_m})


def via_thunk(s: str) -> int64:
    o: Varargs = PyVarargs()
    return o.run(s)


def set_defaults(f: object, d: object) -> None:
    f.__defaults__ = d
