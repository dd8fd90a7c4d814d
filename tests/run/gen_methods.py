# Generator methods: static classes (virtual, final, static, class methods,
# properties returning generators), dynamic classes, Python subclasses overriding.
import __static__
from __static__ import int64, box
from typing import Iterator, final
from dataclasses import dataclass


class Range:
    def __init__(self, start: int64, stop: int64) -> None:
        self.start: int64 = start
        self.stop: int64 = stop

    def items(self) -> Iterator[int]:
        i: int64 = self.start
        while i < self.stop:
            yield box(i)
            i += 1

    def pairs(self) -> Iterator[tuple]:
        for a in self.items():
            yield (a, a * a)

    @staticmethod
    def repeat(x: str, n: int) -> Iterator[str]:
        for _ in range(n):
            yield x

    @classmethod
    def describe(cls) -> Iterator[str]:
        yield cls.__name__
        yield from cls.repeat("!", 2)

    @property
    def evens(self) -> Iterator[int]:
        return (x for x in self.items() if x % 2 == 0)


class Reversed(Range):
    def items(self) -> Iterator[int]:
        i: int64 = self.stop - 1
        while i >= self.start:
            yield box(i)
            i -= 1


@final
class Fixed:
    def gen(self, n: int) -> Iterator[int]:
        yield n
        yield n + 1


r = Range(1, 5)
print(list(r.items()), list(r.pairs()))
print(list(Range.repeat("ab", 2)), list(r.describe()), list(r.evens))
rr = Reversed(1, 5)
print(list(rr.items()), list(rr.pairs()), list(Reversed.describe()))
print(list(Fixed().gen(7)))


class PyRange(Range):
    def items(self):
        yield "python override"
        yield from super().items()


print(list(PyRange(0, 2).pairs()) if False else list(PyRange(0, 2).items()))


@dataclass
class Point:
    x: int
    y: int

    def coords(self):
        yield self.x
        yield self.y


print(list(Point(3, 4).coords()))


def local_class():
    class Bag:
        def __init__(self, items):
            self.items = items

        def __iter__(self):
            for it in self.items:
                yield it.upper()

    return list(Bag(["a", "b"]))


print(local_class())
g = r.items()
print(g.__name__, g.__qualname__)
