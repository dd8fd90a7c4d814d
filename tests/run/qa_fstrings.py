import __static__
from __static__ import int64, double, box


class P:
    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def __format__(self, spec: str) -> str:
        return f"P<{self.name}:{spec}>"

    def __repr__(self) -> str:
        return f"P({self.name!r}, {self.score})"


def table(rows: list) -> None:
    print(f"{'name':<10}|{'score':>8}|{'pct':>7}")
    print(f"{'':-<10}+{'':->8}+{'':->7}")
    for name, score in rows:
        print(f"{name:<10}|{score:>8.2f}|{score / 100:>7.1%}")


def prims() -> None:
    n: int64 = 255
    d: double = 2.5
    print(f"{box(n):#x} {box(n):08b} {box(n):,} {box(d):e} {box(d)!r}")
    width = 12
    prec = 3
    print(f"[{3.14159265:{width}.{prec}f}]")
    print(f"{'nested ' + 'expr'!s:^20}")
    print(f"{{literal braces}} {1 + 2 = }")
    big = 12345678901234567890
    print(f"{big:,} {big:_} {-big:+}")


table([("alice", 93.5), ("bob", 7.25), ("carol", 100.0)])
prims()
p = P("x", 1.5)
print(f"{p} {p:spec} {p!r} {p!s:>30}")
x = None
print(f"{x} {x!r} {[1, 2]} {(1,)} {{'a': 1}}")
print(f"{'multi'}"
      f"{'part'}")
