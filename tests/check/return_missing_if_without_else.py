import __static__


def ok(x: int) -> int:
    if x:
        return 1
    else:
        return 2


def bad(x: int) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    if x:
        return 1
