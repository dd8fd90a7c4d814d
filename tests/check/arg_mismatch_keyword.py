import __static__


def f(x: int) -> int:
    return x


def g() -> int:
    return f(x="a")  # error: type mismatch: str received for keyword arg 'x', expected int
