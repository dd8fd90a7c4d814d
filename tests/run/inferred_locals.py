# Locals whose types are inferred from their first assignment.
import __static__
from __static__ import int64, double, box


def compute(n: int64) -> int64:
    total = n * 2
    total = total + 1
    half = total // 2
    return half


def fcompute(x: double) -> double:
    y = x * 3.0
    z = y - 0.5
    return z


def main() -> None:
    print(box(compute(10)), box(fcompute(1.5)))
    s = "abc"
    s = s + "d"
    l = [s, s]
    print(s, l)


main()
