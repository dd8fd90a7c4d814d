import __static__


def f(x: int, y: int = 2) -> int:
    return x + y


f(y=1)  # error: Function arg_missing.f expects a value for argument x
