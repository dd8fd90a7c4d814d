# f-strings: conversions, format specs (nested), self-documenting =, concatenation.
import __static__
from __static__ import int64, double, box


class P:
    def __repr__(self) -> str:
        return "P()"

    def __format__(self, spec: str) -> str:
        return "P:" + spec


def show(name: str, n: int, x: float) -> str:
    w = 8
    return f"{name!r:>{w}}|{n:04d}|{x:.3f}|{n!s}" f" and {{braces}}"


def prim(k: int64, d: double) -> str:
    return f"k={box(k)} d={box(d):.2f}"


format = "shadowed"   # f-strings must not use a global named format
print(show("ab", 42, 3.14159))
print(prim(7, 2.5))
y = 10
print(f"{y=} {y + 1=}")
print(f"{P()} {P()!r} {P():xy}")
print(f"{'nested ' + str(y)}")
print(f"{y if y > 5 else -y}")
print(f"")
