import __static__


def f() -> None:
    class C:  # error: unsupported: class definition inside a function
        x: int = 1
