# Regression (was a bug): super() in a static class method whose resolved base is object / a builtin
# (object, list, Exception, ...) fails at run time in compiled code.
# Expected (CPython): "A ok" / "[3]" / "E: boom"
# Actual (spc run):   RuntimeError: super(): __class__ cell not found
# (super() only works when the base method is a static method of a static base class.)
import __static__


class A:
    def __init__(self) -> None:
        super().__init__()
        print("A ok")


class L(list):
    def add(self, x: int) -> None:
        super().append(x)


class E(Exception):
    def __init__(self, msg: str) -> None:
        super().__init__(msg)


A()
l = L()
l.add(3)
print(l)
try:
    raise E("boom")
except E as e:
    print("E:", e)
