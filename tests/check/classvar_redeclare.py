import __static__
from typing import ClassVar


class A:
    x: ClassVar[int]
    y: int
    z: ClassVar[str] = "z"


class B(A):
    x: ClassVar[bool]  # error: Cannot change type of inherited attribute (inherited type 'ClassVar[int]')


class C(A):
    x: int  # error: Cannot change type of inherited attribute (inherited type 'ClassVar[int]')
    y: ClassVar[int]  # error: Cannot change type of inherited attribute (inherited type 'int')
    z: ClassVar[str] = "zz"


class D:
    w: ClassVar[int]
    w: int  # error: Cannot re-declare member 'w' in 'classvar_redeclare.D'
    v: int
    v: ClassVar[int]  # error: Cannot re-declare member 'v' in 'classvar_redeclare.D'
