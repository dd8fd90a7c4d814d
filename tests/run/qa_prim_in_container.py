# Regression (was a bug): `x in container` / `x not in container` with a primitive left operand
# is compiled as a primitive comparison: the container is UNBOXED to int64
# (`spc dis` shows PRIMITIVE_UNBOX of xs and PRIMITIVE_COMPARE_OP in) and the call fails.
# The dialect boxes the primitive and does an ordinary containment test.
# Expected (CPython): "True False" / "False True"
# Actual (spc run):   TypeError: expected 'int', got 'list'
import __static__
from __static__ import int64


def has(xs: list) -> bool:
    k: int64 = 4
    return k in xs


def lacks(xs: list) -> bool:
    k: int64 = 4
    return k not in xs


print(has([4]), has([]))
print(lacks([4]), lacks([]))
