# Four levels of inheritance; overrides at different levels; super() chains.
import __static__
from __static__ import int64, box


class A:
    def __init__(self) -> None:
        self.trace: str = "A"

    def f(self) -> int64:
        return 1

    def g(self) -> int64:
        return self.f() * 10


class B(A):
    def __init__(self) -> None:
        super().__init__()
        self.trace = self.trace + "B"

    def f(self) -> int64:
        return 2


class C(B):
    def g(self) -> int64:
        return super().g() + 5


class D(C):
    def __init__(self) -> None:
        super().__init__()
        self.trace = self.trace + "D"

    def f(self) -> int64:
        return super().f() + 100


def main() -> None:
    objs = [A(), B(), C(), D()]
    for o in objs:
        x: A = o
        print(type(x).__name__, x.trace, box(x.f()), box(x.g()))


main()
