# __static__'s class-decorator typing (TClass, ClassDecorator), mixin, set_type_static and
# _donotcompile: decorated classes and functions behave as in CPython.
import __static__
from __static__ import ClassDecorator, TClass, mixin, set_type_static, _donotcompile

def mydec(cls: TClass) -> TClass:
    cls.my_tag = 42
    return cls

def factory(n: int) -> ClassDecorator:
    def dec(cls: TClass) -> TClass:
        cls.n = n
        return cls
    return dec

@mydec
class C:
    def __init__(self) -> None:
        self.x: int = 42

@factory(7)
class D:
    pass

@mixin
class M:
    def hello(self) -> str:
        return "hello " + type(self).__name__

class E(M, C):
    pass

@_donotcompile
def plain(a, b):
    return a + b

print(C.my_tag, C().x, D.n, E().hello(), E().x, plain("a", "b"), set_type_static(C) is C)
