import __static__
from __static__ import CheckedList, CheckedDict, int64, box, clen


class Item:
    def __init__(self, name: str, price: float, qty: int) -> None:
        self.name = name
        self.price = price
        self.qty = qty

    def total(self) -> float:
        return self.price * self.qty


def build() -> CheckedDict[str, Item]:
    d: CheckedDict[str, Item] = CheckedDict[str, Item]()
    for name, price, qty in [("apple", 0.5, 10), ("pear", 0.75, 4), ("fig", 2.0, 3)]:
        d[name] = Item(name, price, qty)
    return d


def names_sorted(d: CheckedDict[str, Item]) -> CheckedList[str]:
    out: CheckedList[str] = CheckedList[str]()
    for k in d:
        out.append(k)
    out.sort()
    return out


def put(c, k, v):
    c[k] = v


def main() -> None:
    inv = build()
    print(len(inv), sorted(inv.keys()))
    ns = names_sorted(inv)
    print(ns, box(clen(ns)))
    total = 0.0
    for n in ns:
        total += inv[n].total()
    print(f"{total:.2f}")
    print(inv.get("kiwi"), inv["fig"].qty)
    try:
        put(inv, 3, Item("x", 1.0, 1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        put(ns, 0, 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(inv["kiwi"])
    except KeyError as e:
        print("KeyError:", e)
    del inv["pear"]
    print(sorted(inv.keys()), "pear" in inv)
    print(ns.pop(), ns, ns.index("apple"))


main()
