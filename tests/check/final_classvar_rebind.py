import __static__
from typing import Final


class C:
    x: Final[int] = 3
    x = 4  # error: Cannot assign to a Final variable
    y: int = 5
    y = 6


class D(C):
    x = 5  # error: Cannot assign to a Final attribute of final_classvar_rebind.D:x


class E(C):
    x: Final[int] = 6  # error: Cannot assign to a Final attribute of final_classvar_rebind.E:x
    z: Final[int] = 7
