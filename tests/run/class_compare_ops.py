# Rich comparisons __le__, __gt__, __ge__ on a version class.
import __static__
from __static__ import int64, box


class Ver:
    def __init__(self, major: int64, minor: int64) -> None:
        self.major: int64 = major
        self.minor: int64 = minor

    def key(self) -> int64:
        return self.major * 1000 + self.minor

    def __lt__(self, o: "Ver") -> bool:
        return box(self.key() < o.key())

    def __le__(self, o: "Ver") -> bool:
        return box(self.key() <= o.key())

    def __gt__(self, o: "Ver") -> bool:
        return box(self.key() > o.key())

    def __ge__(self, o: "Ver") -> bool:
        return box(self.key() >= o.key())

    def __repr__(self) -> str:
        return str(box(self.major)) + "." + str(box(self.minor))


def main() -> None:
    a = Ver(1, 2)
    b = Ver(1, 10)
    c = Ver(2, 0)
    print(a < b, a <= a, b > c, c >= b, a > a, a >= a)
    print(sorted([c, a, b]), max([a, c, b]))


main()
