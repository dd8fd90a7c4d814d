import __static__
from __static__ import int64


def f(x: int64) -> None:
    y = x + 1
    reveal_type(y)  # error: reveal_type(y): 'int64', 'y' has declared type 'int64' and local type 'int64'
    s = "a"
    reveal_type(s + "b")  # error: reveal_type(s + "b"): 'str'
    n = len(s)
    reveal_type(n)  # error: reveal_type(n): 'int', 'n' has declared type 'dynamic' and local type 'int'
