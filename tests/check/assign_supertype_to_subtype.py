import __static__


class A:
    pass


class B(A):
    pass


def f(a: A, b: B) -> None:
    x: A = b
    y: B = a  # error: type mismatch: assign_supertype_to_subtype.A cannot be assigned to assign_supertype_to_subtype.B
