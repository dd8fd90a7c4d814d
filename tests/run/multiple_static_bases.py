# A class deriving from several static classes: static classes without fields or methods
# are ignored, one static class and its ancestors are fine whatever the layout base is,
# two unrelated static classes with methods are refused at the class statement (a static
# call site typed with either one would read the other's vtable).
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


class A(Empty, Child):   # layout base Empty, vtable Child's
    pass


class B(Child, Empty):
    pass


def call(b: Base) -> int:
    return b.tag()


print(call(A()), call(B()), A.__mro__[1].__name__)
try:
    class C(Other, Child):
        pass
    print("made", call(C()))
except TypeError as e:
    print("TypeError:", e)
