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
        return self.f() + 1
