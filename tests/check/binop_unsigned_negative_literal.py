import __static__
from __static__ import uint32, uint64, int8, uint8, box


def signed_mix(n: uint32) -> int:
    return box(n * -3)   # a negative literal is an int64 operand: signed arithmetic


def pow_literal(n: uint32) -> float:
    return box(n ** -2)   # both sides become double


def too_wide(n: uint64) -> int:
    return box(n + -1)  # error: cannot add uint64 and int64


def pow_mixed(a: int8, b: uint8) -> float:
    return box(a ** b)  # error: cannot pow int8 and uint8
