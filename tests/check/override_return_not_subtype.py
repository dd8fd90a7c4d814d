import __static__


class A:
    def f(self) -> int:
        return 1

    def g(self) -> object:
        return 1


class B(A):
    def g(self) -> int:
        return 2

    def f(self) -> str:  # error: override_return_not_subtype.B.f overrides override_return_not_subtype.A.f inconsistently. Returned type `str` is not a subtype of the overridden return `int`
        return ""
