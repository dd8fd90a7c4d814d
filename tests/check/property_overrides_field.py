import __static__


class A:
    x: int
    y: int


class B(A):
    @property
    def z(self) -> int:
        return 1

    @property
    def x(self) -> int:  # error: Cannot override attribute with property method
        return 1
