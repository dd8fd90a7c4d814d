import __static__


def f(c: bool) -> None:
    if c:
        x: int = 1
    else:
        x: str = ""  # error: Cannot redefine local variable x
