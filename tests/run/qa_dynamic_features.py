import abc
import contextlib
import functools
import itertools
import collections
from dataclasses import dataclass, field


class Meta(type):
    registry = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        Meta.registry.append(name)
        return cls

    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by_meta = True
        return obj


class Base(metaclass=Meta, tag="b"):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub_kw = kw


class Child(Base, tag="c"):
    pass


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)


class Point:
    __slots__ = ("_x", "_y")
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return self if o == 0 else NotImplemented

    def __iter__(self):
        return iter((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)},{format(self.y, spec)}>"


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __hash__(self):
        return hash(self.parts)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    def kind(self):
        return type(self).__name__.lower()


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Lazy:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


@contextlib.contextmanager
def tag(name, log):
    log.append("<" + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append(name + ">")


@dataclass(order=True)
class Task:
    prio: int
    name: str = field(compare=False)
    deps: list = field(default_factory=list, compare=False, repr=False)


def main():
    print(Meta.registry, Base.tag, Child.tag, Child.sub_kw, Child().created_by_meta)
    p = Point(1, 2) + Point(3, 4)
    print(p, sum([Point(1, 1), Point(2, 2)]), f"{p:03d}", list(p))
    try:
        Point(1, "a")
    except TypeError as e:
        print("TypeError", e)
    try:
        p.z = 1
    except AttributeError as e:
        print("AttributeError", e)
    vs = sorted(Version(s) for s in ["1.10", "1.2", "1.2.1"])
    print([v.parts for v in vs], Version("1.0") <= Version("1.0"), Version("2") > Version("1.9"))
    try:
        Shape()
    except TypeError as e:
        print("TypeError", e)
    print(Sq(3).area(), Sq(3).kind, isinstance(Sq(1), Shape))
    lz = Lazy()
    print(lz.xy, hasattr(lz, "nope"), lz.calls)
    print(D().who(), [k.__name__ for k in D.__mro__])
    log = []
    with tag("a", log) as t:
        log.append(t)
        with tag("b", log):
            raise ValueError("boom")
    print(log)
    tasks = sorted([Task(3, "c"), Task(1, "a", ["x"]), Task(2, "b")])
    print(tasks, tasks[0].deps, Task(1, "q") == Task(1, "z"))
    c = collections.Counter("mississippi")
    print(c.most_common(2), list(itertools.accumulate([1, 2, 3])), list(itertools.groupby("aabbc"))[0][0])
    od = collections.OrderedDict.fromkeys("abc")
    od.move_to_end("a")
    print(list(od), collections.namedtuple("P", "x y")(1, 2))
    gen = (i * i for i in range(5) if i % 2)
    print(next(gen), list(gen), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
    a, *rest, z = range(6)
    print(a, rest, z, (lambda *xs, **kw: (xs, kw))(1, 2, k=3))
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError("k") from e
    except KeyError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
    x = 5
    print(0 < x < 10, 0 < x > 10, (y := x * 2), y)
    del x
    try:
        print(x)  # noqa: F821
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


main()
