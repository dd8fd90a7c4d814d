import __static__
from __static__ import int64, box


class Countdown:
    def __init__(self, start: int) -> None:
        self.cur = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h
        self.cells: list = [[0] * w for _ in range(h)]

    def __getitem__(self, pos: tuple) -> int:
        x, y = pos
        return self.cells[y][x]

    def __setitem__(self, pos: tuple, v: int) -> None:
        x, y = pos
        self.cells[y][x] = v

    def __iter__(self):
        return iter([(x, y) for y in range(self.h) for x in range(self.w)])

    def __len__(self) -> int:
        return self.w * self.h

    def __contains__(self, v: int) -> bool:
        for row in self.cells:
            if v in row:
                return True
        return False


def main() -> None:
    print(list(Countdown(5)))
    for i in Countdown(3):
        print("tick", i)
    it = iter(Countdown(2))
    print(next(it), next(it), next(it, "done"))
    g = Grid(3, 2)
    g[1, 1] = 7
    g[(2, 0)] = 3
    print(g[1, 1], g[2, 0], len(g), 7 in g, 9 in g)
    print([g[p] for p in g])
    print(sum([g[p] for p in g]), sorted(g, key=g.__getitem__)[-1])
    total = 0
    for x, y in g:
        total += x * 10 + y
    print(total)
    for a, b in zip(Countdown(3), "xyz"):
        print(a, b)


main()
