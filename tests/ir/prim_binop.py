# int64 and double arithmetic and comparison: PRIMITIVE_BINARY_OP / PRIMITIVE_COMPARE_OP.
import __static__
from __static__ import int64, double, cbool


def poly(x: int64) -> int64:
    return x * x + 3 * x - (x // 2) % 7


def lerp(a: double, b: double, t: double) -> double:
    return a + (b - a) * t


def less(a: int64, b: int64) -> cbool:
    return a < b
