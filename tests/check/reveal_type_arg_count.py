import __static__


def f(x: int) -> None:
    reveal_type(x, x)  # error: reveal_type() accepts exactly one argument
