# Dynamic attribute loads of object fields (typed fields of static classes and
# __slots__ members) use the site cache inline (K_FIELD): hits on several types at one
# site, and every way the cached entry must stop applying — an unset or deleted field,
# a subclass that shadows the field with a property or adds __getattr__, the class
# replacing the attribute after caching, more types than the cache has ways.
import __static__
from typing import Optional


class Node:
    def __init__(self, v: int, label: str) -> None:
        self.v: int = v
        self.label: str = label
        self.nxt: Optional[Node] = None

    def twice(self) -> int:
        return self.v * 2


class Sub(Node):
    def __init__(self, v: int) -> None:
        Node.__init__(self, v * 10, "sub")

    def twice(self) -> int:
        return -self.v


class Slotted:
    __slots__ = ("v", "label")

    def __init__(self, v, label):
        self.v = v
        self.label = label


class Fallback:
    def __init__(self, v):
        self.v = v

    def __getattr__(self, name):
        return "fallback:" + name


def read_v(o):
    return o.v


def read_label(o):
    try:
        return o.label
    except AttributeError as e:
        return "AttributeError: " + str(e)


def main() -> None:
    items: list = [Node(1, "a"), Sub(2), Slotted(3, "s"), Node(4, "b"), Fallback(5)]
    total = 0
    for _ in range(50):
        for o in items:
            total += read_v(o)
    print("total", total)

    # an unset field and a deleted slot miss: the descriptor raises
    n = Node(7, "x")
    print(read_label(n))
    del n.label
    print(read_label(n))
    n.label = "back"
    print(read_label(n))
    s = Slotted(8, "slot")
    print(read_label(s))
    del s.label
    print(read_label(s))

    # __getattr__ only for what is missing; a present field still reads directly
    f = Fallback(9)
    print(read_v(f), read_label(f))

    # a subclass shadowing the field with a property
    class Shadow(Node):
        @property
        def v(self):
            return -1

        @v.setter
        def v(self, x):
            pass

    print(read_v(Shadow(3, "shadow")))

    # the class replaces the slot descriptor after the site cached it
    for _ in range(3):
        print(read_v(Slotted(11, "t")))
    Slotted.v = property(lambda self: "replaced", lambda self, x: None)
    print(read_v(Slotted(12, "t")))

    # more receiver types than ways
    kinds = []
    for i in range(8):
        kinds.append(type("K%d" % i, (Node,), {}))
    acc = 0
    for _ in range(20):
        for k in kinds:
            acc += read_v(k(1, "k"))
    print("many", acc)

    # the object changes class under the cache
    class A:
        __slots__ = ("v",)

    class B:
        __slots__ = ("v",)

    a = A()
    a.v = 1
    print(read_v(a))
    a.__class__ = B
    print(read_v(a), read_label(a))
    del a.v
    print(hasattr(a, "v"))

    # static methods called on dynamic receivers (K_METHOD_NO_DICT)
    shapes: list = [Node(1, "n"), Sub(2), Node(3, "m")]
    acc = 0
    for _ in range(30):
        for o in shapes:
            acc += o.twice()
    print("twice", acc)


main()
