# Class bodies inside functions are checked: undefined names are reported.
import __static__


def f() -> None:
    class C:
        x: int = 1
        print(y)  # error: Name `y` is not defined.
