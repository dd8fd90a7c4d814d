import __static__


class A:
    def m(self, x: str) -> int:
        return 42


class B(A):
    def m(self, x: int) -> int:  # error: class_override_param.B.m overrides class_override_param.A.m inconsistently. Parameter x of type `int` is not a supertype of the overridden parameter `str`
        return 0
