import __static__
from __static__ import int64


def local_constant() -> None:
    x: int64 = 1
    y = 1
    x + y  # error: cannot add int64 and Literal[1]
    y + x  # error: cannot add Literal[1] and int64


def literal_operand() -> int64:
    x: int64 = 1
    return x + 1


def reassigned(n: int) -> None:
    x: int64 = 1
    y = 1
    y = n
    x + y  # error: cannot add int64 and int
