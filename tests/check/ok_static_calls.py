import __static__
from __static__ import int64, box


def f(a: int64, b: int64 = 2, *, c: int = 3) -> int64:
    return a + b


def g(s: str, n: int) -> str:
    return s * n


print(box(f(1)), box(f(1, 2)), box(f(b=5, a=1, c=4)), g(n=2, s="ab"))
