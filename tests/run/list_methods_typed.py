# append / insert / pop / remove on list and CheckedList go straight to list's code
# (LIST_* ops); a list subclass still gets its own methods; CPython's errors.
import __static__
from __static__ import CheckedList, box, clen
import sys


class Item:
    def __init__(self, n: int) -> None:
        self.n: int = n

    def __eq__(self, other: object) -> bool:
        print("eq", self.n)
        return isinstance(other, Item) and other.n == self.n


class Loud(list):
    def append(self, x: object) -> None:
        print("Loud.append", x)
        list.append(self, x)

    def pop(self, i: int = -1) -> object:
        print("Loud.pop", i)
        return list.pop(self, i)

    def insert(self, i: int, x: object) -> None:
        print("Loud.insert", i, x)
        list.insert(self, i, x)

    def remove(self, x: object) -> None:
        print("Loud.remove", x)
        list.remove(self, x)


def anything(x):
    return x


def on_list(xs: list) -> None:
    xs.append(1)
    xs.append("two")
    xs.insert(0, 0)
    xs.insert(-1, "before-last")
    xs.insert(100, "end")
    xs.insert(-100, "start")
    print(xs.append(3), xs)
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
    xs.remove("before-last")
    print(xs)


def errors(xs: list) -> None:
    try:
        xs.pop(5)
    except IndexError as e:
        print("IndexError", e)
    try:
        xs.remove("missing")
    except ValueError as e:
        print("ValueError", e)
    ys: list = []
    try:
        ys.pop()
    except IndexError as e:
        print("IndexError", e)
    try:
        ys.pop(0)
    except IndexError as e:
        print("IndexError", e)


def checked() -> None:
    cs = CheckedList[Item]()
    a = Item(1)
    b = Item(2)
    cs.append(a)
    cs.append(b)
    cs.insert(0, Item(0))
    cs.remove(Item(2))
    print([c.n for c in cs], box(clen(cs)))
    first = cs.pop(0)
    print(first.n, cs.pop().n, box(clen(cs)))
    try:
        cs.pop()
    except IndexError as e:
        print("IndexError", e)
    d = anything("not an item")
    try:
        cs.append(d)
    except TypeError as e:
        print("TypeError", e)
    try:
        cs.remove(d)
    except ValueError as e:
        print("ValueError", e)


def shrinking() -> None:
    xs: list = []
    for i in range(40):
        xs.append(i)
    sizes = []
    while len(xs) > 0:
        xs.pop(0)
        sizes.append(sys.getsizeof(xs))
    print(sizes)


def growing() -> None:
    xs: list = [1, 2, 3]
    seen = []
    for x in xs:
        if x < 6:
            xs.append(x + 3)
        seen.append(x)
    pairs = []
    for a in xs:
        for b in xs:
            if a + b == 7:
                pairs.append((a, b))
    print(seen, pairs, xs)


def main() -> None:
    shrinking()
    growing()
    on_list([])
    on_list(Loud())
    errors([1, 2])
    errors(Loud([1, 2]))
    checked()


main()
