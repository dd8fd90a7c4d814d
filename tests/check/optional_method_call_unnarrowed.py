import __static__
from typing import Optional


class C:
    def m(self) -> int:
        return 1


def f(o: Optional[C]) -> int:
    if o is not None:
        o.m()
    return o.m()  # error: Optional[optional_method_call_unnarrowed.C]: 'NoneType' object has no attribute 'm'
