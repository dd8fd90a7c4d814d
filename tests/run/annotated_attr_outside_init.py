# Fields of a static class come from __init__ and the class body (the reference's
# declaration pass looks nowhere else): `self.flag: bool = True` in another method
# declares none, and a static class's instance has no __dict__, so the store raises
# AttributeError, as in the reference (CPython, without slots, stores it: this file's
# .expected holds the reference's output). Declared in the class body, it is a field.
import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 1

    def set(self) -> None:
        self.flag: bool = True

    def get(self) -> bool:
        return self.flag

    def reset(self) -> None:
        self.x: int = 5   # the field of __init__, re-annotated with its type


class D:
    flag: bool

    def __init__(self) -> None:
        self.x: int = 1

    def set(self) -> None:
        self.flag: bool = True

    def get(self) -> bool:
        return self.flag


c = C()
c.reset()
print("x", c.x)
try:
    c.set()
    print("flag", c.get())
except AttributeError as e:
    print("AttributeError", e)
try:
    print("flag", c.get())
except AttributeError as e:
    print("AttributeError", e)

d = D()
try:
    d.get()
except AttributeError as e:
    print("unset:", e)
d.set()
print("flag", d.get())
