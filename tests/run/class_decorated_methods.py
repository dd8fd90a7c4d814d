import __static__
from __static__ import int64, box
import functools
from abc import ABC, abstractmethod

calls: list = []

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

class Named:
    def __init__(self) -> None:
        self.name = ""
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return "named:" + self.name

class Base:
    registry: list = []
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        Base.registry.append(cls.__name__)

class Counter(Base):
    label = Named()
    def __init__(self, start: int) -> None:
        self.n: int = start

    @logged
    def bump(self, k: int) -> int:
        self.n += k
        return self.n

    @functools.lru_cache(maxsize=None)
    def square(self, x: int) -> int:
        print("computing", x)
        return x * x

    def __hash__(self) -> int:
        return 7

    def use(self) -> int:
        return self.bump(2) + self.square(3)

class Sub(Counter):
    def bump(self, k: int) -> int:
        return 100 + k

def main() -> None:
    c = Counter(1)
    print(c.bump(5), c.use(), c.square(3), c.label)
    print(calls, Counter.bump.__name__, Base.registry)
    s = Sub(0)
    print(s.use(), s.bump(1))
    Dyn = type("Dyn", (Counter,), {"bump": lambda self, k: -k})
    d = Dyn(3)
    print(d.use(), Base.registry, d.label)

    class KwBase(Base):
        def __init_subclass__(cls, tag: str = "", **kw):
            super().__init_subclass__(**kw)
            print("tagged", cls.__name__, tag)

    class K(KwBase, tag="t1"):
        pass
    try:
        class Bad(Counter, nope=1):
            pass
    except TypeError as e:
        print("TypeError", e)

main()
