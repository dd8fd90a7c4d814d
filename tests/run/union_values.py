import __static__
from __static__ import cast
from typing import Optional, Union


class A:
    def __init__(self, v: int) -> None:
        self.attr: int = v

    def describe(self) -> str:
        return "A" + str(self.attr)


class B:
    def __init__(self, s: str) -> None:
        self.attr: str = s

    def describe(self) -> str:
        return "B" + self.attr


class Base:
    def __init__(self, n: int) -> None:
        self.n: int = n


class D(Base):
    pass


class E(Base):
    pass


class Holder:
    def __init__(self, v: int | str) -> None:
        self.v: int | str = v


def takes_base(b: Base) -> int:
    return b.n


def pick(x: A, y: B, first: bool) -> str:
    z = x if first else y
    return z.describe() + ":" + str(z.attr)


def either(a: int, s: str) -> str:
    u = a or s
    if isinstance(u, int):
        return "int " + str(u + 1)
    return "str " + u.upper()


def by_elimination(u: int | str) -> str:
    w: int | str = u
    if isinstance(w, str):
        return "s:" + w
    return "i:" + str(w * 2)


def subclasses(d_or_e: D | E) -> int:
    return takes_base(d_or_e)


def not_a_member(v: int | str) -> int:
    w: int | str = v
    if isinstance(w, str):
        return -1
    return w + 1     # w narrowed to int by elimination: checked when read


def field_union(h: Holder) -> str:
    v = h.v
    if isinstance(v, int):
        return "int field " + str(v)
    return "str field " + v


def tuple_isinstance(o: object) -> str:
    if isinstance(o, (A, B)):
        return o.describe()
    return "other"


def casted(o: object) -> Union[int, str]:
    return cast(Union[int, str], o)


def optional_union(x: Optional[Union[int, str]]) -> str:
    if x is None:
        return "none"
    return "some " + str(x)


print(pick(A(1), B("b"), True), pick(A(1), B("b"), False))
print(either(0, "xy"), either(3, "xy"))
print(by_elimination(4), by_elimination("q"))
print(subclasses(D(5)), subclasses(E(6)))
print(not_a_member(41), not_a_member("z"))
print(field_union(Holder(3)), field_union(Holder("t")))
print(tuple_isinstance(A(2)), tuple_isinstance(B("c")), tuple_isinstance(3))
print(casted(5), casted("s"))
try:
    casted([1])
except TypeError as e:
    print(e)
print(optional_union(None), optional_union(1), optional_union("k"))
try:
    print(globals()["not_a_member"]([1]))
except TypeError as e:
    print("TypeError")
try:
    globals()["subclasses"](3)
except (TypeError, AttributeError) as e:
    print("TypeError")
h = Holder(1)
setattr(h, "v", [1, 2])
try:
    print(field_union(h))
except TypeError:
    print("TypeError")
