# Calls through untyped receivers of compiled functions and methods: the generated
# code enters the callee's Python entry directly (positional calls bind inline), and
# every other shape (keywords, defaults, wrong counts, wrong types, a subclass then a
# wrong type at the same check site) must behave as under CPython, except that typed
# parameters are checked (the dialect's TypeErrors: NAME.expected).
import __static__
import types
from typing import Optional


class Base:
    def __init__(self, v: int) -> None:
        self.v: int = v

    def get(self) -> int:
        return self.v

    def add(self, a: int, b: int = 10) -> int:
        return self.v + a + b

    def take(self, other: "Base") -> int:
        return other.v

    def maybe(self, other: Optional["Base"]) -> int:
        return -1 if other is None else other.v


class Derived(Base):
    def get(self) -> int:
        return self.v * 100


def plain(a, b):
    return (a, b)


def typed(a: int, s: str) -> str:
    return s * a


def call_all(objs: list) -> list:
    out: list = []
    for o in objs:
        out.append(o.get())
        out.append(o.add(1))
        out.append(o.add(1, 2))
        out.append(o.add(b=5, a=1))
        out.append(o.take(o))
        out.append(o.maybe(None))
        out.append(o.maybe(o))
    return out


def errors(o) -> None:
    for f in (lambda: o.add(), lambda: o.add(1, 2, 3), lambda: o.add(1, c=2),
              lambda: o.take(5), lambda: o.take(None), lambda: o.maybe("x"),
              lambda: o.add("x")):
        try:
            print(f())
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ":", e)


def through_attr() -> None:
    h = types.SimpleNamespace(f=plain, t=typed)
    print(h.f(1, 2), h.f(b=1, a=2), h.t(3, "ab"))
    try:
        h.t("x", "y")
    except TypeError as e:
        print("TypeError:", e)
    try:
        h.f(1)
    except TypeError as e:
        print("TypeError:", e)


class PyDerived(Derived):
    def get(self):
        return "py"


print(call_all([Base(1), Derived(2), PyDerived(3), Base(4)]))
errors(Base(1))
errors(Derived(2))
b = Base(7)
print(b.take(Derived(1)), b.take(PyDerived(2)), b.take(Base(3)), b.take(Derived(4)))
try:
    b.take(object())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
through_attr()
