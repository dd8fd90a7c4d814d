# Comparisons of primitives produce cbool; cbool in conditions, not, and/or, box.
import __static__
from __static__ import int64, cbool, box


def is_even(n: int64) -> cbool:
    return n % 2 == 0


def both(a: cbool, b: cbool) -> cbool:
    return a and b


def either(a: cbool, b: cbool) -> cbool:
    return a or b


def main() -> None:
    x: int64 = 10
    c: cbool = x > 5
    print(box(c))
    print(box(not c))
    if c:
        print("c is true")
    if not is_even(7):
        print("7 is odd")
    print(box(is_even(4)), box(is_even(9)))
    t: cbool = x == 10
    f: cbool = x < 0
    print(box(both(t, f)), box(both(t, t)), box(either(f, f)), box(either(f, t)))
    k: int64 = 3
    while k:
        print(box(k))
        k = k - 1
    b: object = box(t)
    print(b is True)


main()
