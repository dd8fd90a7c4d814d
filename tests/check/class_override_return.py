import __static__


class A:
    def m(self) -> str:
        return "a"


class B(A):
    def m(self) -> int:  # error: class_override_return.B.m overrides class_override_return.A.m inconsistently. Returned type `int` is not a subtype of the overridden return `str`
        return 0
