# Comparisons on objects and primitives.
import __static__
from __static__ import int64, double, box


def cmp64(a: int64, b: int64) -> None:
    print(box(a < b), box(a <= b), box(a > b), box(a >= b), box(a == b), box(a != b))


def cmpd(a: double, b: double) -> None:
    print(box(a < b), box(a <= b), box(a > b), box(a >= b), box(a == b), box(a != b))


def cmpobj(a: object, b: object) -> None:
    print(a == b, a != b, a is b, a is not b)


def main() -> None:
    cmp64(1, 2)
    cmp64(-3, -3)
    cmp64(5, -5)
    cmpd(0.5, 0.25)
    cmpd(-1.0, -1.0)
    cmpobj("a", "a")
    cmpobj(1, 2)
    cmpobj(None, None)
    s: str = "apple"
    t: str = "banana"
    print(s < t, s > t, s == "apple", [1, 2] < [1, 3], (1, 2) == (1, 2))
    print(3 in [1, 2, 3], "x" not in "abc")


main()
