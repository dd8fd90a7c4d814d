import __static__


def f() -> int:
    y = 1
    return y + x  # error: Name `x` is not defined.
