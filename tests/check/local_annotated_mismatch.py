import __static__


def f() -> None:
    x: int = 1
    x = 2
    x = "s"  # error: type mismatch: str cannot be assigned to int
