# Instance methods calling each other, returning primitives and objects.
import __static__
from __static__ import int64, box


class Counter:
    def __init__(self, start: int64) -> None:
        self.value: int64 = start
        self.history: list = []

    def inc(self, by: int64) -> int64:
        self.value += by
        self.history.append(box(self.value))
        return self.value

    def inc_twice(self, by: int64) -> int64:
        self.inc(by)
        return self.inc(by)

    def describe(self) -> str:
        return "Counter(" + str(box(self.value)) + ")"


def main() -> None:
    c = Counter(5)
    print(box(c.inc(1)))
    print(box(c.inc_twice(3)))
    print(c.describe(), c.history)


main()
