import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.c: Optional[C] = None
        self.d: C = self


def f(o: Optional[C], c: C) -> None:
    c.c = o
    c.d = o  # error: type mismatch: Optional[assign_optional_to_field.C] cannot be assigned to assign_optional_to_field.C
