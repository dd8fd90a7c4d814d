import __static__


class A:
    def f(self, x: object) -> None:
        pass

    def g(self, x: int) -> None:
        pass


class B(A):
    def g(self, x: object) -> None:
        pass

    def f(self, x: int) -> None:  # error: override_param_not_supertype.B.f overrides override_param_not_supertype.A.f inconsistently. Parameter x of type `int` is not a supertype of the overridden parameter `object`
        pass
