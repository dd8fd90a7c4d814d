import __static__


class C:
    def m(self, x: int) -> int:
        return x


def f(c: C) -> int:
    return c.m()  # error: Function class_method_missing_arg.C.m expects a value for argument x
