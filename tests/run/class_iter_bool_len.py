# __iter__ (delegating to a list), __bool__ and __len__ truthiness.
import __static__
from __static__ import int64, box


class Bag:
    def __init__(self) -> None:
        self.items: list = []

    def add(self, x: object) -> "Bag":
        self.items.append(x)
        return self

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class Flag:
    def __init__(self, v: bool) -> None:
        self.v: bool = v

    def __bool__(self) -> bool:
        return self.v


def main() -> None:
    b = Bag()
    print(len(b), bool(b), "empty" if not b else "full")
    b.add(1).add("two").add(3.0)
    for x in b:
        print(x)
    print(len(b), bool(b), list(b))
    print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(True) else "no")


main()
