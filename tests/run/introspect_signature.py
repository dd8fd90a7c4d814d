import __static__
from __static__ import int64
import inspect
from typing import Optional

def f(a: int, b: str = "x", /, c: Optional[int] = None, *args: int, k: int64 = 3, **kw: float) -> int:
    "doc of f"
    return a

def g(x, y=[1], *, z):
    pass

class C:
    def m(self, x: int, *rest) -> None:
        pass
    @staticmethod
    def s(*a, **k) -> str:
        return ""
    @classmethod
    def cm(cls, q: int = 1) -> int:
        return q

for fn in [f, g, C.m, C().m, C.s, C.cm, lambda a, *b, c=1, **d: 0]:
    sig = inspect.signature(fn)
    print(sig)
    for p in sig.parameters.values():
        print("  ", p.name, p.kind, p.default, p.annotation)
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name, f.__code__.co_flags & 0xc)
print(f.__doc__)
