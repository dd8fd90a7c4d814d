import __static__
from __static__ import PyDict, pydict

x: PyDict = 42  # error: type mismatch: Literal[42] cannot be assigned to dict
y: pydict[str, int] = {"a": 1}


def f(d: PyDict) -> int:
    return d  # error: mismatched types: expected int because of return type, found dict instead
