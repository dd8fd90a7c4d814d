import __static__


class A:
    def __init__(self) -> None:
        self.x: int = 1


class B(A):
    def x(self) -> int:  # error: class cannot hide inherited member: x
        return 0
