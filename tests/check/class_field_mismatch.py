import __static__


class C:
    def __init__(self) -> None:
        self.x: int = 0


def f(c: C) -> None:
    c.x = "s"  # error: type mismatch: str cannot be assigned to int
