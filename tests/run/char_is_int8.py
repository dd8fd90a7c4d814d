# __static__.char is int8 (as in the reference): annotations, conversions, wrapping.
import __static__
from __static__ import char, int8, box, int64


def f(x: char) -> char:
    y: char = x + char(1)
    return y


def g() -> int:
    c: char = char(100)
    d: int8 = c
    return box(d)


print(box(f(char(5))), g(), box(f(char(int64(7)))))
