# Inserting the wrong element type into a CheckedList from dynamic code raises TypeError.
import __static__
from __static__ import CheckedList


def add_any(xs, v):
    xs.append(v)


def main() -> None:
    xs: CheckedList[int] = CheckedList[int]([1, 2])
    add_any(xs, 3)
    print(list(xs), len(xs))
    add_any(xs, "four")
    print("not reached")


main()
