# C(args) of a static class with its own __new__: arguments checked against __new__,
# primitives boxed for the Python-level call, the value typed as __new__ declares.
import __static__
from __static__ import int64, box


class C:
    value: int64

    def __new__(cls, a: int64) -> "C":
        res: C = object.__new__(cls)
        res.value = a
        return res


class Odd:
    def __new__(cls, a: int) -> int:
        return a * 2


class Both:
    def __new__(cls, a: int) -> object:
        return object.__new__(cls)

    def __init__(self, a: int) -> None:
        self.a = a + 100


def make(x: int64) -> C:
    return C(x)


def odd(x: int) -> int:
    return Odd(x) + 1


def main() -> None:
    c = make(41)
    print(box(c.value), type(c).__name__, odd(20), Both(1).a)
    n: int64 = 7
    print(box(C(n).value), box(C(a=n).value))


main()
