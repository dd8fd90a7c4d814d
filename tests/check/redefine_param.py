import __static__


def ok(a: int) -> None:
    a = 3


def bad(a: int) -> None:
    a: str = ""  # error: Cannot redefine local variable a
