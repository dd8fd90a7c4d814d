import __static__


class A:
    def f(self, x: int) -> None:
        pass

    def g(self, *, x: int) -> None:
        pass


class B(A):
    def g(self, *, x: int) -> None:
        pass

    def f(self, *, x: int) -> None:  # error: override_kwonly.B.f overrides override_kwonly.A.f inconsistently. `x` differs by keyword only vs positional
        pass
