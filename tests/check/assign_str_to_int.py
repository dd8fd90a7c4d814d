import __static__


def f() -> None:
    x: int = "a"  # error: type mismatch: Exact[str] cannot be assigned to int
