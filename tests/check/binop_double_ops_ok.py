import __static__
from __static__ import double


def f(a: double, b: double) -> double:
    return (a + b) * (a - b) / b + a ** 0.5
