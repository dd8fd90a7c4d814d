import __static__


def h(x: int, y: int = 0) -> int:
    return x + y


def g() -> None:
    h(1, y=2)
    h(x=1)
    h(y=1)  # error: Function arg_missing_keyword_only_given.h expects a value for argument x
