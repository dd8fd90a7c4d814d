import __static__


def f(x: int = "") -> int:  # error: type mismatch: str cannot be assigned to int
    return x


def g(x: int = 0, y: str = "") -> int:
    return x
