# @allow_weakrefs gives static instances a weakref list (static classes have none by
# default); static and Python subclasses keep it, and references die with the object.
import __static__
from __static__ import allow_weakrefs, int64, box
import weakref, gc

@allow_weakrefs
class N:
    def __init__(self, v: int) -> None:
        self.v = v
        self.w: int64 = 7

class M(N):
    def __init__(self, v: int, extra: str) -> None:
        super().__init__(v)
        self.extra = extra

n = N(3)
r = weakref.ref(n)
print(r() is n, r().v, r().w)
del n
print(r())
m = M(4, "e")
d = weakref.WeakValueDictionary()
d["m"] = m
print(d["m"].v, d["m"].extra, len(d))
del m
gc.collect()
print(len(d))
ws = weakref.WeakSet()
keep = [N(i) for i in range(5)]
for k in keep:
    ws.add(k)
print(len(ws))
del keep[1:3]
print(len(ws))
ns = {"N": N}
exec("class Py(N):\n    pass\n", ns)
p = ns["Py"](9)
rp = weakref.ref(p)
print(rp().v)
del p
print(rp())
calls = []
def f() -> None:
    x = N(5)
    weakref.finalize(x, calls.append, "finalized")
    del x
    calls.append("after del")
f()
print(calls)
