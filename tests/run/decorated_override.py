# A static subclass overriding a method, property or class-default field with a def
# whose decorator runs at run time (functools.cached_property, a user decorator) or with
# a class attribute (`m = f`): CPython finds that object on the class, so typed calls
# through the base (vtable slots, field reads) must reach it too; static subclasses
# below inherit it, and a plain override further down takes over again.
import __static__
from __static__ import int64, box
from functools import cached_property
import functools


def plus1000(f):
    @functools.wraps(f)
    def g(self, *args):
        return f(self, *args) + 1000
    return g


class B:
    q: int = 3

    def m(self, x: int) -> int:
        return x

    @property
    def p(self) -> int:
        return 2

    def n(self) -> int64:
        return 5


class D(B):
    @plus1000
    def m(self, x: int) -> int:
        return 10 * x

    @cached_property
    def p(self) -> int:
        print("computing D.p")
        return 20

    @cached_property
    def q(self) -> int:
        return 30

    @plus1000
    def n(self) -> int64:
        return 6


class E(D):   # inherits D's decorated overrides
    pass


class F(E):   # plain overrides again
    def m(self, x: int) -> int:
        return -x

    def n(self) -> int64:
        return 7


def times100(self, x: int) -> int:
    return x * 100


class G(B):
    m = times100
    n = B.n


def use(b: B) -> str:
    return f"{b.m(2)} {b.p} {b.p} {b.q} {box(b.n())}"


class Py(E):
    def m(self, x):
        return 7 * x


for obj in (B(), D(), E(), F(), Py(), G()):
    print(type(obj).__name__, use(obj))
d = D()
d.p = 99   # a cached_property has no setter: the instance dict takes the value
print(use(d))
