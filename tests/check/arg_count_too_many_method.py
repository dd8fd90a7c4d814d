import __static__


class C:
    def m(self, a: int) -> int:
        return a


def g(c: C) -> None:
    c.m(1)
    c.m(1, 2)  # error: Mismatched number of args for function arg_count_too_many_method.C.m. Expected 2, got 3
