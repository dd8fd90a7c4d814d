# __static__.prod_assert(x[, msg]) is an assert python -O keeps: it narrows Optional
# locals and fields after it, and raises AssertionError (with the message) when x is false.
import __static__
from __static__ import prod_assert
from typing import Optional


class Box:
    def __init__(self, v: Optional[str]) -> None:
        self.v = v


def need(x: Optional[int]) -> int:
    prod_assert(x)
    return x + 1


def need_msg(x: Optional[int], why: str) -> int:
    prod_assert(x is not None, why)
    return x * 2


def first(b: Box) -> str:
    prod_assert(b.v, "empty box")
    return b.v.upper()


def as_value(x: int) -> object:
    return prod_assert(x > 0)


print(need(1), need_msg(4, "unused"), first(Box("ab")), as_value(3))
for call in (lambda: need(None), lambda: need(0), lambda: need_msg(None, "no x"),
             lambda: first(Box(None)), lambda: first(Box("")), lambda: as_value(-1)):
    try:
        call()
    except AssertionError as e:
        print("AssertionError", repr(e.args))
