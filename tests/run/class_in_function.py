# A class defined in a function body goes through the dynamic path.
import __static__
from __static__ import int64, box


def make_counter_class() -> type:
    class Counter:
        step = 3

        def __init__(self) -> None:
            self.n = 0

        def tick(self) -> int:
            self.n += self.step
            return self.n

        def __repr__(self) -> str:
            return "Counter(%d)" % self.n

    return Counter


def main() -> None:
    C = make_counter_class()
    c = C()
    c.tick()
    c.tick()
    print(c, c.n)
    c.extra = "dynamic attrs work"
    print(c.extra, type(c).__name__)


main()
