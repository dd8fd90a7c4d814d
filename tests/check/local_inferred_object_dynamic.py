import __static__


def f() -> None:
    x = 1
    x = "s"
    x = None
    y = [1]
    y = "t"
