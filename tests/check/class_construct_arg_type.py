import __static__


class C:
    def __init__(self, x: int) -> None:
        self.x = x


def f() -> C:
    return C("s")  # error: type mismatch: str received for positional arg 'x', expected int
