# A static-to-static call is a direct INVOKE_FUNCTION (keywords passed positionally).
import __static__
from __static__ import int64


def scale(x: int64, k: int64 = 2) -> int64:
    return x * k


def caller(x: int64) -> int64:
    return scale(x) + scale(x, k=3)
