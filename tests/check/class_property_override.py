import __static__


class A:
    def __init__(self) -> None:
        self.x: int = 1


class B(A):
    @property
    def x(self) -> int:  # error: Cannot override attribute with property method
        return 0
