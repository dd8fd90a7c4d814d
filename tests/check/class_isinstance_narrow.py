import __static__


class A:
    pass


class B(A):
    def only_b(self) -> int:
        return 1


def f(a: A) -> int:
    if isinstance(a, B):
        reveal_type(a)  # error: reveal_type(a): 'class_isinstance_narrow.B', 'a' has declared type 'class_isinstance_narrow.A' and local type 'class_isinstance_narrow.B'
        return a.only_b()
    return 0
