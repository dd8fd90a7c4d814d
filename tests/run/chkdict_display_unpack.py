import __static__
from __static__ import CheckedDict


def merged() -> CheckedDict[str, int]:
    a: CheckedDict[str, int] = {"x": 1}
    b: CheckedDict[str, int] = {"y": 2}
    c: CheckedDict[str, int] = {**a, "z": 3, **b}
    return c


def from_plain(d: dict) -> CheckedDict[str, int]:
    r: CheckedDict[str, int] = {**d}
    return r


m = merged()
print(type(m).__name__, sorted(m.items()))
print(sorted(from_plain({"k": 5}).items()))
try:
    from_plain({"k": "v"})
except TypeError as e:
    print("TypeError")
