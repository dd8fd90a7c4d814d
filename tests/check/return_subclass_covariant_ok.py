import __static__


class A:
    pass


class B(A):
    pass


def f() -> A:
    return B()


def g() -> B:
    return A()  # error: mismatched types: expected return_subclass_covariant_ok.B because of return type, found return_subclass_covariant_ok.A instead
