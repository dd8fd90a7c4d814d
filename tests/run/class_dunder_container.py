# __len__, __getitem__, __contains__ and __setitem__ on a static class.
import __static__
from __static__ import int64, box


class Ring:
    def __init__(self, n: int64) -> None:
        self.items: list = []
        self.n: int64 = n
        i: int64 = 0
        while i < n:
            self.items.append(box(i * i))
            i += 1

    def __len__(self) -> int:
        return box(self.n)

    def __getitem__(self, i: int) -> int:
        return self.items[i % box(self.n)]

    def __setitem__(self, i: int, v: int) -> None:
        self.items[i % box(self.n)] = v

    def __contains__(self, v: int) -> bool:
        return v in self.items


def main() -> None:
    r = Ring(5)
    print(len(r), r[0], r[3], r[7], r[-1])
    print(16 in r, 15 in r, 3 not in r)
    r[6] = 100
    print(r[1], 100 in r)
    total = 0
    for i in range(len(r)):
        total += r[i]
    print(total)


main()
