# Iterating CheckedLists of objects and summing fields.
import __static__
from __static__ import CheckedList, int64, box, clen


class Item:
    def __init__(self, w: int64) -> None:
        self.w: int64 = w


def main() -> None:
    items: CheckedList[Item] = []
    i: int64 = 0
    while i < 6:
        items.append(Item(i * 3))
        i += 1
    t: int64 = 0
    for it in items:
        t += it.w
    print(box(t), box(clen(items)))
    j: int64 = 0
    s: int64 = 0
    while j < clen(items):
        s += items[j].w
        j += 2
    print(box(s))
    names: CheckedList[str] = ["x", "y", "z"]
    out = ""
    for n in names:
        out = out + n
    print(out)


main()
