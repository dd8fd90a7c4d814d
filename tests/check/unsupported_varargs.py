import __static__


def f(*args) -> None:  # error: unsupported: *args parameter
    pass
