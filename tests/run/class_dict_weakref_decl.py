# `__dict__: Any` / `__weakref__: Any` in a static class body ask for CPython's instance
# slots (the reference puts its fields in __slots__): instances get a __dict__ and a
# weakref list; the names are no fields, and typed fields keep working beside them
# (as slots: unlike CPython's, they are not in the __dict__).
import __static__
from __static__ import int64, box
from typing import Any
import weakref, gc

class A:
    __dict__: Any
    x: int

    def __init__(self, x: int) -> None:
        self.x = x

class W:
    __weakref__: Any

    def __init__(self) -> None:
        self.n: int64 = 3

class B(A):
    def __init__(self) -> None:
        super().__init__(5)

def get_dict(a: A) -> Any:
    return a.__dict__

def n_of(w: W) -> int:
    return box(w.n)

a = A(1)
a.extra = "e"
print(get_dict(a)["extra"], a.x)
a.__dict__["more"] = 2
print(a.more, "more" in vars(a))
b = B()
b.y = 9
print(get_dict(b)["y"], b.x)
w = W()
r = weakref.ref(w)
print(r() is w, n_of(w))
del w
gc.collect()
print(r())
