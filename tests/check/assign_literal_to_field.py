import __static__


class C:
    def __init__(self) -> None:
        self.n: int = 0
        self.s: str = ""


def f(c: C) -> None:
    c.n = 5
    c.s = 5  # error: type mismatch: Literal[5] cannot be assigned to str
