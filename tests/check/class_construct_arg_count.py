import __static__


class C:
    def __init__(self, x: int) -> None:
        self.x = x


def f() -> C:
    return C(1, 2)  # error: Mismatched number of args for function class_construct_arg_count.C.__init__. Expected 2, got 3
