# raise of a ValueError as the last action of a program, uncaught.
import __static__
from __static__ import int64, box


def parse_digit(s: str) -> int:
    if len(s) != 1 or s not in "0123456789":
        raise ValueError("not a digit: " + s)
    return int(s)


def total(parts: list) -> int:
    t = 0
    for p in parts:
        t += parse_digit(p)
    return t


def main() -> None:
    print(total(["1", "2", "3"]))
    print(total(["4", "x5"]))


main()
