import __static__


def f(x: int) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    if x:
        return 1
