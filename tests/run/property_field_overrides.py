# A subclass may replace an inherited field with a property of the same type, or an
# inherited property with a field: reads and writes through the base class then find
# the subclass's member, as in CPython.
import __static__


class C:
    x: int = 1

    def get_x(self) -> int:
        return self.x

    def set_x(self, v: int) -> None:
        self.x = v


class D(C):
    @property
    def x(self) -> int:
        return 2


class P:
    @property
    def y(self) -> int:
        return 20

    def get_y(self) -> int:
        return self.y


class Q(P):
    y: int = 10


def read(c: C) -> int:
    return c.x


def main() -> None:
    c, d = C(), D()
    print(c.get_x(), d.get_x(), read(c), read(d), d.x)
    c.set_x(5)
    print(c.get_x(), read(c))
    try:
        d.set_x(6)
    except AttributeError as e:
        print("AttributeError", e)
    print(P().get_y(), Q().get_y(), Q().y)
    q = Q()
    q.y = 11
    print(q.get_y())


main()
