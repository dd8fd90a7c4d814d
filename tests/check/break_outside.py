import __static__


def f() -> None:
    break  # error: 'break' outside loop
