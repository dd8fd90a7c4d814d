# Integer division on primitives truncates toward zero; % is the C remainder
# (sign follows the dividend). Compiled output in int_division.expected.
import __static__
from __static__ import int64, box


def show(a: int64, b: int64) -> None:
    print(box(a), box(b), box(a // b), box(a % b), box(a / b))


def main() -> None:
    show(7, 2)
    show(-7, 2)
    show(7, -2)
    show(-7, -2)
    show(1, 3)
    show(-1, 3)
    show(100, 7)
    show(-100, 7)


main()
