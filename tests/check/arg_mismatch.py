import __static__


def f(x: int) -> int:
    return x


f("a")  # error: type mismatch: str received for positional arg 'x', expected int
