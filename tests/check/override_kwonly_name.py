import __static__


class A:
    def m(self, *, y: int) -> int:
        return y

    def n(self, x: str, *, k: int = 0) -> int:
        return k


class B(A):
    def m(self, *, x: int) -> int:  # error: override_kwonly_name.B.m overrides override_kwonly_name.A.m inconsistently. Keyword only argument `y` is overridden as `x`
        return x

    def n(self, x: str, *, k: int = 1) -> int:
        return k + 1
