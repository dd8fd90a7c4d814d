import __static__


def f() -> int:
    return y  # error: Name `y` is not defined.
