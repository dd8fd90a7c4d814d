import __static__
from __static__ import int64, int8, uint16, double, cbool, box
from typing import Optional
import copy
import pickle


class Point:
    x: int64
    y: double
    flag: cbool
    small: int8
    u: uint16
    name: str
    tag: Optional[str]

    def __init__(self, x: int64, y: double, name: str) -> None:
        self.x = x
        self.y = y
        self.flag = True
        self.small = -5
        self.u = 65535
        self.name = name
        self.tag = None

    def show(self) -> str:
        return f"{box(self.x)} {box(self.y)} {box(self.flag)} {box(self.small)} {box(self.u)} {self.name} {self.tag}"


class Labeled(Point):
    label: str = "default"
    items: list

    def __init__(self, x: int64, label: str) -> None:
        super().__init__(x, 0.5, "lab")
        self.label = label
        self.items = [1, [2, 3]]


class Partial:
    a: str
    b: int64

    def __init__(self) -> None:
        self.b = 7      # a stays unset


PySub = type("PySub", (Point,), {"__module__": __name__})    # a Python subclass: has a __dict__


p = Point(3, 2.5, "p")
p.tag = "t"
for q in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)),
          pickle.loads(pickle.dumps(p, protocol=2))):
    print(type(q).__name__, q.show(), q is not p)

l = Labeled(9, "L")
d = copy.deepcopy(l)
c = copy.copy(l)
print(d.show(), d.label, d.items, d.items is l.items, d.items[1] is l.items[1])
print(c.items is l.items)
r = pickle.loads(pickle.dumps(l))
print(type(r).__name__, r.show(), r.label, r.items)

pa = pickle.loads(pickle.dumps(Partial()))
print(pa.b, hasattr(pa, "a"))

s = PySub(1, 1.5, "sub")
s.extra = {"k": 1}
for q in (copy.deepcopy(s), pickle.loads(pickle.dumps(s))):
    print(type(q).__name__, q.show(), q.extra)

# Functions pickle and copy by reference, like Python functions.
print(pickle.loads(pickle.dumps(Point.show)) is Point.show, copy.deepcopy(Point.show) is Point.show)
