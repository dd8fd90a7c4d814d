import __static__


def f() -> None:
    b: bool = True
    i: int = True
    s: str = True  # error: type mismatch: Literal[True] cannot be assigned to str
