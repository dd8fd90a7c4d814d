import __static__
from __static__ import int64, double, cbool, box, unbox, CheckedDict, CheckedList, Array, crange, clen, inline
from typing import Final, Optional, ClassVar, final
from enum import Enum

MAX_ITEMS: Final[int] = 100


class Kind(Enum):
    TOOL = 1
    FOOD = 2


class Item:
    count: ClassVar[int] = 0

    def __init__(self, name: str, price: double, qty: int64, kind: Kind) -> None:
        self.name: str = name
        self.price: double = price
        self.qty: int64 = qty
        self.kind: Kind = kind
        self.parent: Optional["Item"] = None
        Item.count += 1

    def total(self) -> double:
        return self.price * double(box(self.qty))

    @property
    def in_stock(self) -> bool:
        return box(self.qty > 0)

    @classmethod
    def free(cls, name: str) -> "Item":
        return cls(name, 0.0, 1, Kind.TOOL)

    @staticmethod
    def fmt(x: double) -> str:
        return f"{box(x):.2f}"

    def __repr__(self) -> str:
        return f"Item({self.name!r}, {box(self.qty)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __lt__(self, other: "Item") -> bool:
        return box(self.total() < other.total())


@final
class Perishable(Item):
    def __init__(self, name: str, price: double, qty: int64, days: int64) -> None:
        super().__init__(name, price, qty, Kind.FOOD)
        self.days: int64 = days

    def total(self) -> double:
        t = Item.total(self)
        if self.days < 3:
            return t / 2.0
        return t


@inline
def clamp(x: int64, lo: int64, hi: int64) -> int64:
    return lo if x < lo else hi if x > hi else x


class Inventory:
    def __init__(self) -> None:
        self.items: CheckedDict[str, Item] = CheckedDict[str, Item]()
        self.log: CheckedList[str] = CheckedList[str]()

    def add(self, it: Item) -> None:
        if it.name in self.items:
            raise KeyError(f"duplicate {it.name}")
        self.items[it.name] = it
        self.log.append("add " + it.name)

    def find(self, name: str) -> Optional[Item]:
        return self.items.get(name)

    def value(self) -> double:
        v: double = 0.0
        it: Item
        for it in self.items.values():
            v += it.total()
        return v

    def histogram(self) -> Array[int64]:
        h = Array[int64](4)
        it: Item
        for it in self.items.values():
            b = clamp(it.qty // 5, 0, 3)
            h[b] += 1
        return h


def poke(d):
    d["x"] = "not an item"


def main() -> None:
    inv = Inventory()
    inv.add(Item("hammer", 12.5, 3, Kind.TOOL))
    inv.add(Perishable("milk", 1.25, 10, 2))
    inv.add(Perishable("cheese", 7.0, 4, 9))
    inv.add(Item.free("sticker"))
    try:
        inv.add(Item("hammer", 1.0, 1, Kind.TOOL))
    except KeyError as e:
        print("error:", e)
    print(Item.fmt(inv.value()), Item.count)
    found = inv.find("milk")
    if found is not None:
        print(found, found.in_stock, found.kind, type(found).__name__, Item.fmt(found.total()))
    print(inv.find("nothing"))
    h = inv.histogram()
    print([box(h[i]) for i in range(4)], box(clen(inv.log)), list(inv.log))
    items = sorted(inv.items.values())
    print(items, items[0] == Item("sticker", 5.0, 0, Kind.FOOD))
    s: int64 = 0
    for i in crange(10):
        s += i * i
    print(box(s), {it: it.qty for it in items if it.in_stock})
    try:
        poke(inv.items)
    except TypeError as e:
        print("TypeError", e)
    m: Item = items[-1]
    m.parent = items[0]
    p = m.parent
    while p is not None:
        print("parent", p.name)
        p = p.parent


main()
