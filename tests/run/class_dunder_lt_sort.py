# __lt__ makes instances sortable; sorted() and min()/max() use it.
import __static__
from __static__ import int64, box


class Item:
    def __init__(self, prio: int64, name: str) -> None:
        self.prio: int64 = prio
        self.name: str = name

    def __lt__(self, other: "Item") -> bool:
        if self.prio != other.prio:
            return box(self.prio < other.prio)
        return self.name < other.name

    def __repr__(self) -> str:
        return self.name + str(box(self.prio))


def main() -> None:
    items = [Item(3, "c"), Item(1, "z"), Item(2, "b"), Item(1, "a")]
    print(sorted(items))
    print(min(items), max(items))
    items.sort()
    print(items)
    print(Item(1, "a") < Item(1, "b"), Item(2, "a") < Item(1, "b"))


main()
