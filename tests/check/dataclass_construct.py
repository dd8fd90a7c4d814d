import __static__
from dataclasses import dataclass, field


@dataclass
class C:
    x: str
    y: int


@dataclass
class D(C):
    z: int = 3


class E(D):
    pass


@dataclass(kw_only=True)
class K:
    a: int


@dataclass
class N:
    x: int = 1


@dataclass
class M(N):
    x: int = field(hash=False)


C("foo")  # error: Function dataclass_construct.C.__init__ expects a value for argument y
C("foo", 42, "bar")  # error: Mismatched number of args for function dataclass_construct.C.__init__. Expected 3, got 4
C("foo", "bar")  # error@10: type mismatch: str received for positional arg 'y', expected int
C(y=42, x=1)  # error@11: type mismatch: Literal[1] received for keyword arg 'x', expected str
M()  # error: Function dataclass_construct.M.__init__ expects a value for argument x
c = C(y=42, x="foo")
d = D("a", 1)
e = E("a", 1, 2)
k = K(a=1)
n = N()
