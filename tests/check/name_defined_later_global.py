import __static__


def f() -> int:
    return LATER


LATER = 3
