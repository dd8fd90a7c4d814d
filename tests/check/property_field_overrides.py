import __static__


class X:
    val: int = 0


class C:
    x: int = 1
    y: X = X()

    def get(self) -> int:
        return self.x + self.y.val


class D(C):
    @property
    def x(self) -> int:
        return 2


class E(C):
    @property
    def x(self) -> str:  # error: Cannot change type of inherited attribute (inherited type 'int')
        return "a"

    @property
    def y(self):  # error: Cannot change type of inherited attribute (inherited type 'property_field_overrides.X')
        return 1


class P:
    @property
    def z(self) -> int:
        return 2

    def m(self) -> int:
        return 0


class Q(P):
    z: int = 1


class R(P):
    z: str = "a"  # error: Cannot change type of inherited attribute (inherited type 'int')


class S(P):
    m: int = 1  # error: class cannot hide inherited member: m
