import __static__


def f() -> None:
    nonlocal q  # error: no binding for nonlocal 'q' found
