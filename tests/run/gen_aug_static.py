# Static Python: augmented assignments to fields, properties, Array items and
# primitive locals whose value is a yield.
import __static__
from __static__ import int64, box, unbox, Array
from typing import Iterator


class Counter:
    def __init__(self) -> None:
        self.total: int64 = 0
        self.items: list = []
        self._p: int = 0

    @property
    def p(self) -> int:
        return self._p

    @p.setter
    def p(self, v: int) -> None:
        self._p = v

    def feed(self) -> Iterator[str]:
        while True:
            self.total += unbox((yield "total"))
            self.items += (yield "items")
            self.p += (yield "prop")


c = Counter()
f = c.feed()
next(f)
for v in [5, [1], 7, 6, [2], 1]:
    f.send(v)
print(c.total, c.items, c.p)


def arr() -> Iterator[int]:
    a: Array[int64] = Array[int64](3)
    i: int64 = 1
    a[i] += unbox((yield 0))
    n: int64 = 10
    n -= unbox((yield 1))
    yield box(a[i])
    yield box(n)


g = arr()
print(next(g), g.send(int(4)), g.send(int(3)), next(g))
