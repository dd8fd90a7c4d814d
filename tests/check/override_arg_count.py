import __static__


class A:
    def f(self, x: int) -> None:
        pass


class B(A):
    def f(self, x: int, y: int) -> None:  # error: override_arg_count.B.f overrides override_arg_count.A.f inconsistently. Number of arguments differ
        pass


class C(A):
    def f(self, x: int) -> None:
        pass
