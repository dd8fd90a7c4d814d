import __static__
from typing import final


class A:
    @final
    def f(self) -> int:
        return 1

    def g(self) -> int:
        return 1


class B(A):
    def g(self) -> int:
        return 2

    def f(self) -> int:  # error: Cannot assign to a Final attribute of final_method_override.B:f
        return 2
