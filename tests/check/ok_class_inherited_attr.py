import __static__


class A:
    def __init__(self) -> None:
        self.x: int = 1


class B(A):
    def __init__(self) -> None:
        A.__init__(self)
        self.x = 2
        self.y: str = "b"


def get(b: B) -> int:
    return b.x
