import __static__


def f(x: int) -> str:  # error: Function has declared return type 'str' but can implicitly return None.
    while True:
        if x:
            break
        return "a"
