import __static__


def ok(a: int, b: int) -> None:
    pass


def bad(a: int, a: int) -> None:  # error: duplicate argument 'a' in function definition
    pass
