import __static__


def f() -> None:
    def g() -> None:  # error: unsupported: nested function
        pass
