import __static__


class C:
    @staticmethod
    def s(x: int) -> int:
        return x


def g() -> None:
    C.s(1)
    C.s("a")  # error: type mismatch: str received for positional arg 'x', expected int
