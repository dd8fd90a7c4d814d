import __static__


def f() -> None:
    x: int = "a"  # error: type mismatch: str cannot be assigned to int
