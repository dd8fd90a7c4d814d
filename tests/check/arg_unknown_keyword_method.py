import __static__


class C:
    def m(self, a: int) -> int:
        return a


def g(c: C) -> None:
    c.m(a=1)
    c.m(b=1)  # error: Given argument b does not exist in the definition of arg_unknown_keyword_method.C.m
