import __static__


class A:
    def f(self, x: int) -> None:
        pass

    def g(self, x: int, /) -> int:
        return x


class B(A):
    def f(self, x: int, /) -> None:  # error: override_posonly.B.f overrides override_posonly.A.f inconsistently. `x` is positional-only in override, not in base
        pass

    def g(self, y: int) -> int:
        return y + 1


class C(A):
    def g(self, z: int, /) -> int:
        return z
