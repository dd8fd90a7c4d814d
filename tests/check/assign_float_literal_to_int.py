import __static__


def f() -> None:
    x: float = 1.5
    y: int = 1.5  # error: type mismatch: float cannot be assigned to int
