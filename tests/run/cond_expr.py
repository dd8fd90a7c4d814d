# Conditional expressions on primitives and objects.
import __static__
from __static__ import int64, double, box


def absval(x: int64) -> int64:
    return x if x >= 0 else -x


def clamp(x: double) -> double:
    return 0.0 if x < 0.0 else (1.0 if x > 1.0 else x)


def sign_word(n: int) -> str:
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


def main() -> None:
    print(box(absval(-5)), box(absval(7)))
    print(box(clamp(-2.0)), box(clamp(0.25)), box(clamp(3.0)))
    print(sign_word(-3), sign_word(0), sign_word(8))
    x = [] if sign_word(1) == "pos" else [1]
    print(x)


main()
