# Field values that are only tested, compared or used in typed int arithmetic are read
# without taking a reference; when such an operation takes its generic path (an int
# subclass with its own operators) the code it runs may replace the field, freeing the
# value being operated on: it must stay alive for the operation.
import __static__
from typing import Optional


class Holder:
    def __init__(self) -> None:
        self.n: int = 0
        self.m: int = 0
        self.flag: bool = False
        self.other: Optional["Holder"] = None


H = Holder()


class Evil(int):
    def __lt__(self, other):
        H.n = 1000000 + int(other)        # drops the field's reference to self
        return int(self) < int(other)

    def __eq__(self, other):
        H.n = 2000000
        return int(self) == int(other)

    def __add__(self, other):
        H.n = 3000000
        return Evil(int(self) + int(other) + 1)

    def __and__(self, other):
        H.m = 4000000
        return int(self) & int(other)

    __hash__ = int.__hash__


def check(h: Holder) -> int:
    r: int = 0
    if h.n < 10:
        r += 1
    if h.n == 1000010:
        r += 10
    return r


def arith(h: Holder) -> int:
    return h.n + 5


def mask(h: Holder) -> int:
    return h.m & 6


def compare_two(a: Holder, b: Holder) -> bool:
    return a.n > b.n and a.other is not None and a.other.flag


def main() -> None:
    H.n = Evil(7)
    print(check(H), H.n)
    H.n = Evil(1000010)
    print(check(H), H.n)
    H.n = Evil(40)
    print(arith(H), H.n)
    H.m = Evil(7)
    print(mask(H), H.m)
    h2 = Holder()
    h2.n = 3
    H.n = 5
    H.other = h2
    print(compare_two(H, h2))
    h2.flag = True
    print(compare_two(H, h2), compare_two(h2, H))


main()
