import __static__


def h(a: int, b: int) -> int:
    return a


def g() -> None:
    h(1, b=2)
    h(1, a=2)  # error: arg_duplicate.h got multiple values for argument 'a'
