import __static__
from __static__ import int64, cbool, double, box

def f(i: object) -> int:
    x = int64(i)
    return box(x)

def g(i: object) -> bool:
    b = cbool(i)
    return box(b)

def h(i: object) -> float:
    return box(double(i))

def k() -> bool:
    b: cbool = True
    return bool(b)

print(f(42), g(True), h(2.5), k())
