# prod_assert takes the tested value and an optional str message, positionally, and
# narrows like assert (the reference's checks).
import __static__
from __static__ import prod_assert
from typing import Optional


def ok(x: Optional[int]) -> int:
    prod_assert(x, "x must be int")
    return x


def bad_return(x: Optional[int]) -> str:
    prod_assert(x)
    return x  # error: mismatched types: expected str because of return type, found int instead


def msg_type(x: Optional[int]) -> None:
    prod_assert(x, 3)  # error: type mismatch: Literal[3] cannot be assigned to str


def argc(x: Optional[int]) -> None:
    prod_assert(x, "a", 2)  # error: prod_assert() must be called with one or two arguments


def keyword(x: Optional[int]) -> None:
    prod_assert(x, message="x")  # error: prod_assert() does not accept keyword arguments


def as_value(x: Optional[int]) -> None:
    y = prod_assert()  # error: prod_assert() must be called with one or two arguments
