import __static__
from __static__ import uint64, int64


def f() -> None:
    a: uint64 = 18446744073709551615
    b: int64 = 9223372036854775807
    c: int64 = 9223372036854775808  # error: type mismatch: Literal[9223372036854775808] cannot be assigned to int64
