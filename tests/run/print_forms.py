# print() with several arguments, sep/end keywords and reprs of builtin objects.
import __static__
from __static__ import int64, double, box


def main() -> None:
    print()
    print(1, 2.0, "three", None, True, [4], (5,), {6: 7})
    print("a", "b", "c", sep="")
    print("no newline", end="")
    print(" then newline")
    print(1.0 / 3, 1e20, 1e-7, 2.5e16, -0.0, 100.0)
    d: double = 1.0 / 3.0
    print(box(d), str(box(d)), repr("q'uote"))
    i: int64 = -42
    print(box(i), abs(box(i)), hex(box(i)))


main()
