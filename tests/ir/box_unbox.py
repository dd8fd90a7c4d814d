# Conversions between objects and primitives: PRIMITIVE_UNBOX, PRIMITIVE_BOX.
import __static__
from __static__ import int64, double, box


def roundtrip(n: int) -> int:
    k: int64 = int64(n)
    return box(k + 1)


def to_float(n: int) -> float:
    d: double = double(n)
    return box(d * 0.5)
