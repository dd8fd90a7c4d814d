import __static__


def f(x: list) -> int:
    return len(x) + abs(-1) + max(1, 2)


def g() -> None:
    undefined_fn()  # error: Name `undefined_fn` is not defined.
