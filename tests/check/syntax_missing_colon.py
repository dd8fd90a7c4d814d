import __static__


def f() -> None:
    if True  # error: expected ':'
        pass
