# Dynamic method calls use the site cache inline (K_METHOD_NO_DICT for static
# classes, K_METHOD_VALUES for instances with values): hits on several types at one
# site, and every way the cached method must stop applying — an instance attribute
# shadowing it, the class replacing it, an instance whose __dict__ was materialised,
# the object changing class, more types than the cache has ways. Ordinary classes (no
# __static__), so instances have values and instance attributes.


class Shape:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def area(self):
        return self.k


class Square(Shape):
    __slots__ = ()

    def area(self):
        return self.k * self.k


class Plain:
    def __init__(self, k):
        self.k = k

    def area(self):
        return self.k + 100


class Other:
    def area(self):
        return "other"


def call_area(o):
    return o.area()


class Acc:
    def __init__(self):
        self.n = 0

    def add(self, a, b=1):
        self.n += a * b
        return self.n


def call_add(o, a, b):
    return o.add(a, b)


def main() -> None:
    items = [Shape(2), Square(3), Plain(4), Shape(5)]
    total = 0
    for _ in range(50):
        for o in items:
            total += call_area(o)
    print("total", total)

    # an instance attribute shadows the method
    p = Plain(1)
    print(call_area(p))
    p.area = lambda: "instance"
    print(call_area(p))
    # a new attribute on another instance grows the shared keys: still the method
    q = Plain(2)
    q.extra = 1
    print(call_area(q), call_area(Plain(3)))

    # the materialised __dict__ of an instance
    r = Plain(6)
    print(call_area(r))
    r.__dict__["area"] = lambda: "dict"
    print(call_area(r))

    # the class replaces the method after caching
    for _ in range(3):
        print(call_area(Plain(7)))
    Plain.area = lambda self: "replaced"
    print(call_area(Plain(8)))

    # the object changes class
    o = Other()
    print(call_area(o))
    o.__class__ = Plain
    o.k = 1
    print(call_area(o))

    # more receiver types than ways
    kinds = [type("K%d" % i, (Plain,), {"area": (lambda i: lambda self: i)(i)}) for i in range(9)]
    acc = 0
    for _ in range(10):
        for k in kinds:
            acc += call_area(k(0))
    print("many", acc)

    # positional arguments after self (the compiled method's native entry), too few,
    # keywords, a default
    acc = Acc()
    for i in range(10):
        call_add(acc, i, 2)
    print(acc.n, acc.add(5), acc.add(b=3, a=1))
    try:
        acc.add()
    except TypeError as e:
        print("TypeError", e)

    # a method that raises propagates through the cached call
    class Bad:
        def area(self):
            raise ValueError("bad area")

    try:
        call_area(Bad())
    except ValueError as e:
        print("ValueError", e)


main()
