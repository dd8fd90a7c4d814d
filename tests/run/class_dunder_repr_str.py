# __repr__ and __str__ on static classes, used by print/str/repr and in containers.
import __static__
from __static__ import int64, box


class Money:
    def __init__(self, cents: int64) -> None:
        self.cents: int64 = cents

    def __repr__(self) -> str:
        return "Money(" + str(box(self.cents)) + ")"

    def __str__(self) -> str:
        c = box(self.cents)
        return "$" + str(c // 100) + "." + str(c % 100 // 10) + str(c % 10)


def main() -> None:
    m = Money(1234)
    print(m)
    print(repr(m), str(m))
    print([Money(5), Money(100)])
    print("%s and %r" % (m, m))


main()
