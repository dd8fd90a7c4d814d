import __static__
from typing import final


class A:
    @final
    def f(self) -> int:
        return 1


class B(A):
    def f(self) -> int:  # error: Cannot assign to a Final attribute of class_final_method_override.B:f
        return 2
