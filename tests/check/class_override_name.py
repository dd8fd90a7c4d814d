import __static__


class A:
    def m(self, x: int) -> int:
        return 42


class B(A):
    def m(self, y: int) -> int:  # error: class_override_name.B.m overrides class_override_name.A.m inconsistently. Positional argument 2 named `x` is overridden as `y`
        return 0
