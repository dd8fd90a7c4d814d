import __static__
from typing import final


class C:
    @final
    def f():
        return 1

    def g():
        return 2


class D(C):
    def g():
        return 3


print(C.f(), C.g(), D.g())
