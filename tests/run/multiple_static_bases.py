# A class deriving from several static classes: as in the reference, bases that lead to
# two unrelated static classes (or a static class and a builtin such as str) are refused
# with CPython's "multiple bases have instance lay-out conflict", fields or not; a static
# class and its own ancestors, or plain Python mixins, are fine. (CPython itself accepts
# the field-less cases: .expected holds the reference's behaviour.)
import __static__


class Base:
    def tag(self) -> int:
        return 1


class Child(Base):
    def tag(self) -> int:
        return 2


class Empty:
    pass


class Other:
    def hello(self) -> str:
        return "other"


ns: dict = {}
exec("class Mixin:\n    pass\n", ns)   # a plain Python class
Mixin = ns["Mixin"]


def call(b: Base) -> int:
    return b.tag()


g = globals()
exec("class M(Mixin, Child): pass\nclass P(Child, Base): pass", g)
print(call(g["M"]()), call(g["P"]()), g["M"].__mro__[1].__name__)
for src in ("class A(Empty, Child): pass", "class C(Other, Child): pass", "class S(Child, str): pass",
            "class Q(Child, Mixin, Empty): pass", "class E2(Empty, Mixin): pass"):
    try:
        exec(src, globals())
        print("made", src.split("(")[0])
    except TypeError as e:
        print("TypeError:", e)
