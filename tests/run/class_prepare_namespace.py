# A class body runs in the namespace its metaclass's __prepare__ returns, after __prepare__
# and before the metaclass is called (CPython's __build_class__): reads are LOAD_NAME
# (the namespace, then globals), every store is seen by the mapping as it happens.
import enum
x = "global x"
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Log()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=M):
    x = 1
    y = x + 1
    del x
    z = x
    def __init_subclass__(cls): pass
print(A.y, A.z, hasattr(A, "x"))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = RED
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v * 10
        return obj
print(list(Color), Color.ALIAS is Color.RED, Color(20))
try:
    class Bad(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = {}
        d["injected"] = 42
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
print("before")
class C(metaclass=OrderedMeta, flag=1):
    print("body sees", injected)
    x = 1
    def m(self): return self.x
print(C.injected, C().m())
