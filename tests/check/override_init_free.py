import __static__


class A:
    def __init__(self, x: int) -> None:
        self.x = x


class B(A):
    def __init__(self) -> None:
        self.x = 1


def f() -> A:
    return B(1)  # error: Mismatched number of args for function override_init_free.B.__init__. Expected 1, got 2
