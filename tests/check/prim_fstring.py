import __static__
from __static__ import int64, box


def f(x: int64) -> str:
    s = f"{box(x)}"
    return f"{x}"  # error: cannot use primitive in formatted value
