import __static__


class A:
    pass


class B:
    pass


def f() -> None:
    x: A = A()
    y: B = A()  # error: type mismatch: assign_unrelated_class.A cannot be assigned to assign_unrelated_class.B
