import __static__


class C:
    @classmethod
    def make(cls, x: int) -> int:
        return x


def g() -> None:
    C.make(1)
    C.make("a")  # error: type mismatch: str received for positional arg 'x', expected int
