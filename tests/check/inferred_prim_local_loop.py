import __static__
from __static__ import int64


def f(x: int64) -> None:
    i = 0
    while i < 3:
        if i > 0:
            reveal_type(t)  # error: reveal_type(t): 'int64', 't' has declared type 'int64' and local type 'int64'
        t = x + 1
        i += 1
