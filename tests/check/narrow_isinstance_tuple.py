import __static__


class A:
    pass


class B(A):
    pass


class C(A):
    pass


def f(x: object) -> A:
    if isinstance(x, (B, C)):
        return x
    return x  # error: mismatched types: expected narrow_isinstance_tuple.A because of return type, found object instead
