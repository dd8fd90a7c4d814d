import __static__
from __static__ import double


def f(d: double) -> None:
    ok = d < 1.5
    d < "s"  # error: can't compare double to str
