import __static__


class C:
    def __init__(self, a: int) -> None:
        self.a = a


def g() -> None:
    C(1)
    C(1, 2)  # error: Mismatched number of args for function arg_count_construct.C.__init__. Expected 2, got 3
