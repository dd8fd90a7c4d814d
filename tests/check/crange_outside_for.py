import __static__
from __static__ import crange


def f() -> None:
    r = crange(10)  # error: crange() must be used as an iterator in a for loop
