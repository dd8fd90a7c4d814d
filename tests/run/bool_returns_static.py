import __static__
from abc import ABC, abstractmethod
from contextlib import suppress


class WeirdInt(int):
    def __lt__(self, other):
        return "yes"

    def __gt__(self, other):
        return []


class Shape(ABC):
    @abstractmethod
    def is_round(self) -> bool:
        ...

    def describe(self) -> str:
        return "round" if self.is_round() else "angular"


class Circle(Shape):
    def is_round(self) -> bool:
        return True


class Square(Shape):
    def is_round(self) -> bool:
        return False


class Quiet:
    def check(self) -> bool:
        with suppress(ValueError):
            raise ValueError("swallowed")
        return True

    def swallow(self) -> bool:
        with suppress(ValueError):
            return bool(int("x"))

    @property
    def ready(self) -> bool:
        return 1 < 2


def less(a: int, b: int) -> bool:
    return a < b


def greater(a: int, b: int) -> bool:
    return a > b


def either(a: bool, b: bool) -> bool:
    return a or b


def fails(x: int) -> bool:
    if x > 2:
        raise KeyError(x)
    return x > 1


def count_true(n: int) -> int:
    total = 0
    for i in range(n):
        if less(i, n // 2):
            total += 1
        if not greater(i, 3):
            total += 10
    return total


def main() -> None:
    print(less(1, 2), less(3, 2), either(False, True), either(False, False))
    print(repr(less(WeirdInt(9), 2)), repr(greater(WeirdInt(9), 2)))
    if less(WeirdInt(9), 2):
        print("weird is truthy")
    if not greater(WeirdInt(9), 2):
        print("empty list is falsy")
    print(count_true(20))
    print(Circle().describe(), Square().describe())
    q = Quiet()
    print(q.check(), repr(q.swallow()), q.ready)
    print(Shape.is_round(Circle()))
    for x in (1, 2, 3):
        try:
            print(fails(x))
        except KeyError as e:
            print("KeyError", e)
    r = [less(i, 3) for i in range(5)]
    print(r, sum(r))
    f = less
    print(f(0, 1), list(map(less, [1, 5], [3, 3])))


main()
