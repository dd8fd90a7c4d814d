import __static__


class A:
    def m(self) -> int:
        return 42


class B(A):
    def m(self, x: int) -> int:  # error: class_override_argc.B.m overrides class_override_argc.A.m inconsistently. Number of arguments differ
        return 0
