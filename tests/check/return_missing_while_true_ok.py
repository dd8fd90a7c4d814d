import __static__


def ok() -> int:
    while True:
        return 1


def bad(x: int) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    while x:
        return 1
