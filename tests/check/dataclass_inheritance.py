import __static__
from dataclasses import dataclass, InitVar
from typing import ClassVar


@dataclass(frozen=True)
class Frozen:
    x: int


@dataclass
class Thawed:
    x: int
    y: int = 1


@dataclass
class A(Frozen):  # error: cannot inherit non-frozen dataclass from a frozen one
    z: int


@dataclass(frozen=True)
class B(Thawed):  # error: cannot inherit frozen dataclass from a non-frozen one
    z: int = 2


@dataclass
class C(Thawed):  # error: non-default argument 'z' follows default argument
    z: int


@dataclass
class D(Thawed):  # error: Type of field 'x' on class 'dataclass_inheritance.D' conflicts with base type. Base field has annotation int, but overridden field has annotation bool
    x: bool


@dataclass
class E(Thawed):  # error: Override of field 'x' cannot be a ClassVar
    x: ClassVar[int]


@dataclass
class WithCV:
    k: ClassVar[int] = 1


@dataclass
class F(WithCV):  # error: Override of field 'k' must be a ClassVar
    k: InitVar[int]


@dataclass
class Other:
    x: str


@dataclass
class Join(Other, Thawed):  # error: Type of field 'x' on class 'dataclass_inheritance.Join' conflicts with base type. Base field has annotation int, but overridden field has annotation str
    pass


class Plain(Thawed):
    pass


@dataclass
class G(Plain):
    y: int
    z: int = 3


@dataclass(frozen=True)
class H(Frozen):
    z: int = 0


g = G(1)
h = H(1, 2)
