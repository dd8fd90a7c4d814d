# A def with a run-time decorator may replace an inherited field only when the field has
# a class-body default (then it is read through the attribute), as a property may.
import __static__
from functools import cached_property


class B:
    d: int = 1

    def __init__(self) -> None:
        self.s: int = 2


class C(B):
    @cached_property
    def d(self) -> int:
        return 10

    @cached_property
    def s(self) -> int:  # error: Cannot override attribute with property method
        return 20
