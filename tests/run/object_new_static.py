# object.__new__(C) and super().__new__(cls) on static classes without a __new__ of their
# own: their tp_new is object's, as for classes type() makes, so CPython's safety check passes.
import __static__

class C:
    def __init__(self) -> None:
        self.x: int = 1

class D(C):
    pass

class E:
    def __new__(cls):
        return object.__new__(cls)

def main1() -> None:
    c = object.__new__(C)
    print(type(c).__name__)
    d = object.__new__(D)
    print(type(d).__name__)
    e = object.__new__(E)
    print(type(e).__name__)
    try:
        object.__new__(int)
    except TypeError as ex:
        print("TypeError", ex)

main1()

class C2:
    def __init__(self) -> None:
        self.x: int = 1

    def get(self) -> int:
        return self.x

class Sub(C2):
    def __new__(cls):
        print("Sub.__new__")
        return super().__new__(cls)

def f(c: C2) -> int:
    return c.get()

def main2() -> None:
    s = Sub()
    print(type(s).__name__, f(s))
    print('__new__' in C2.__dict__)
    try:
        C2(*[1])
    except TypeError as e:
        print("TypeError", e)
    o = object.__new__(C2)
    try:
        print(o.x)
    except AttributeError as e:
        print("AttributeError", e)

main2()

class C3:
    x: int = 5
    def get(self) -> int:
        return self.x

def f3(c: C3) -> int:
    return c.get()

src = '''
class P(C3):
    def __init_subclass__(cls):
        pass
    def get(self):
        return 10
class Q(P):
    def get(self):
        return 20
class R(C3):
    x = 7
'''
ns = {"C3": C3}
exec(src, ns)
print(f3(ns["P"]()), f3(ns["Q"]()), f3(ns["R"]()), ns["R"]().x)
print(type(object.__new__(ns["R"])).__name__, object.__new__(ns["R"]).x)
try:
    ns["Q"](1)
except TypeError as e:
    print("TypeError", e)
print(object.__new__(E).__class__.__name__, object.__new__(Sub).__class__.__name__)
