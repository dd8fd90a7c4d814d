import __static__


def f(x: int) -> None:
    reveal_type(obj=x)  # error: reveal_type() does not accept keyword arguments
