# A static class body may hold any statement: nested classes, imports, if/for/try/with.
# The names they bind become class attributes (dynamic), as CPython stores them.
import __static__
import sys
from typing import List

class Cfg:
    import os.path as osp
    from math import sqrt, pi as PI
    class Meta:
        ordering = ["x"]
        def show(self) -> str:
            return "meta"
    if sys.version_info >= (3, 0):
        kind = "py3"
    else:
        kind = "py2"
    for _i in range(3):
        pass
    del _i
    try:
        val = int("12")
    except ValueError:
        val = -1
    with open(__file__) as _fh:
        first = _fh.readline().strip()
    del _fh
    def __init__(self, n: int) -> None:
        self.n = n
    def area(self) -> float:
        return self.PI * self.n * self.n

class Sub(Cfg):
    class Meta(Cfg.Meta):
        ordering = ["y"]

c = Cfg(2)
print(Cfg.Meta.ordering, Cfg.Meta().show(), Cfg.kind, Cfg.val, Cfg.first, Cfg.sqrt(16.0), round(c.area(), 3))
print(Sub.Meta.ordering, Sub.Meta.__qualname__, Cfg.Meta.__qualname__, Sub(1).kind, hasattr(Cfg, "_i"))
print(Cfg.osp.basename("/a/b.py"), [k for k in ("Meta", "PI", "osp", "kind", "val", "first", "_i", "_fh") if k in vars(Cfg)])
