import __static__


def ok(c: bool) -> None:
    x: int = 1
    x: int = 2


def bad(c: bool) -> None:
    if c:
        x: int = 1
    else:
        x: str = ""  # error: Cannot redefine local variable x
