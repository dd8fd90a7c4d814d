import __static__


def f() -> None:
    a: list = [1, 2]
    d: dict = {"a": 1}
    s: str = [1]  # error: type mismatch: list cannot be assigned to str
