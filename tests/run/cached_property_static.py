# functools.cached_property on a static class: instances get a __dict__ for it to cache in
# (static instances otherwise have none); subclasses, copy, pickle, Python subclasses, GC.
import __static__
import functools
from functools import cached_property
import gc, weakref, copy, pickle

class C:
    def __init__(self, x: int) -> None:
        self.x = x
        self.calls = 0
    @cached_property
    def sq(self) -> int:
        self.calls += 1
        return self.x * self.x

class D(C):
    @functools.cached_property
    def cube(self) -> int:
        return self.x ** 3
    def later(self) -> None:
        self.extra = "set outside __init__"

class Node:
    def __init__(self) -> None:
        self.other: "Node | None" = None
    @cached_property
    def me(self) -> "Node":
        return self

def f(c: C) -> int:
    return c.sq + c.sq

c = C(4)
print(c.sq, c.sq, c.calls, f(c), c.calls, vars(c)["sq"])
d = D(2)
d.later()
print(d.sq, d.cube, d.calls, d.extra, sorted(k for k in vars(d) if k not in ('x', 'calls')))
del d.sq
print(d.sq, d.calls)
e = copy.deepcopy(d)
print(e.sq, e.cube, e.extra, e.x)
p = pickle.loads(pickle.dumps(d))
print(p.extra, p.sq, p.calls)
for i in range(3):
    n = Node(); m = Node()
    n.other = m; m.other = n
    n.me; m.me
gc.collect()
class Py(C):
    pass
q = Py(3)
print(q.sq, q.calls, type(q).__dictoffset__ == C.__dictoffset__)
