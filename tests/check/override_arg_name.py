import __static__


class A:
    def f(self, x: int) -> None:
        pass


class B(A):
    def f(self, y: int) -> None:  # error: override_arg_name.B.f overrides override_arg_name.A.f inconsistently. Positional argument 2 named `x` is overridden as `y`
        pass


class C(A):
    def f(self, x: int) -> None:
        pass
