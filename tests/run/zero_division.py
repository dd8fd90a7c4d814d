# int64 floor division by zero raises ZeroDivisionError, uncaught, from two frames deep.
import __static__
from __static__ import int64, box


def divide(a: int64, b: int64) -> int64:
    return a // b


def main() -> None:
    print(box(divide(10, 3)))
    z: int64 = 0
    print("before")
    print(box(divide(7, z)))
    print("not reached")


main()
