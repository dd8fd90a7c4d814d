# Module-level Final constants used in classes.
import __static__
from __static__ import int64, box
from typing import Final

SIZE: Final[int] = 4
NAME: Final[str] = "grid"
SCALE: Final[float] = 1.5
ON: Final[bool] = True


class Grid:
    def __init__(self) -> None:
        self.cells: list = [0] * SIZE
        self.n: int64 = int64(SIZE)

    def fill(self) -> None:
        i: int64 = 0
        while i < self.n:
            self.cells[i] = box(i) * SIZE
            i += 1

    def title(self) -> str:
        return NAME + "/" + str(SIZE) + "/" + str(SCALE) + "/" + str(ON)


def main() -> None:
    g = Grid()
    g.fill()
    print(g.cells, g.title(), box(g.n))


main()
