import __static__


class C:
    def m(self) -> int:
        return 1


def f(c: C) -> str:
    return c.m()  # error: mismatched types: expected str because of return type, found int instead
