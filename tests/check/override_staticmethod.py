# A staticmethod is a vtable slot (calls through an instance reach the subclass's
# override), so a static subclass overrides it with a staticmethod of a compatible
# signature, as for methods; another kind of member cannot hide it.
import __static__


class A:
    @staticmethod
    def k(x: int) -> int:
        return x

    @staticmethod
    def s(x: int) -> int:
        return x

    @staticmethod
    def t(x: int) -> int:
        return x

    @staticmethod
    def u(x: int) -> int:
        return x

    @staticmethod
    def v(x: int) -> object:
        return x


class B(A):
    @classmethod
    def k(cls, x: int) -> int:  # error: class cannot hide inherited member: k
        return x

    def s(self, x: int) -> int:  # error: class cannot hide inherited member: s
        return x

    @staticmethod
    def t(x: int) -> str:  # error: override_staticmethod.B.t overrides override_staticmethod.A.t inconsistently. Returned type `str` is not a subtype of the overridden return `int`
        return ""

    @staticmethod
    def u(x: str) -> int:  # error: override_staticmethod.B.u overrides override_staticmethod.A.u inconsistently. Parameter x of type `str` is not a supertype of the overridden parameter `int`
        return 1

    @staticmethod
    def v(x: int) -> int:
        return x


def f(a: A) -> str:
    return a.v(1)  # error: mismatched types: expected str because of return type, found object instead
