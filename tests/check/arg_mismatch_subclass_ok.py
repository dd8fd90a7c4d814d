import __static__


class A:
    pass


class B(A):
    pass


def f(a: A) -> None:
    pass


def h(b: B) -> None:
    pass


def g() -> None:
    f(B())
    h(A())  # error: type mismatch: arg_mismatch_subclass_ok.A received for positional arg 'b', expected arg_mismatch_subclass_ok.B
