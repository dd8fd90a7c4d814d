import __static__


def f() -> None:
    nonlocal a  # error: no binding for nonlocal 'a' found
