# Functions returning None implicitly and explicitly; pass statements; early return.
import __static__
from __static__ import int64, box


def nothing() -> None:
    pass


def early(x: int64) -> None:
    if x < 0:
        print("negative")
        return
    print("non-negative", box(x))


def implicit(x):
    if x:
        return x


def main() -> None:
    print(nothing())
    early(-1)
    early(4)
    print(implicit(0), implicit(3))
    r = nothing()
    print(r is None)


main()
