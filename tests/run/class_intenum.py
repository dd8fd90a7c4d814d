# enum.IntEnum subclasses (dynamic) used with static code.
import __static__
import enum
from __static__ import int64, box


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Pixel:
    def __init__(self, c: Color, level: int64) -> None:
        self.c: Color = c
        self.level: int64 = level

    def is_red(self) -> bool:
        return self.c == Color.RED


def main() -> None:
    ps = [Pixel(Color.RED, 5), Pixel(Color.BLUE, 7), Pixel(Color.GREEN, 1)]
    for p in ps:
        x: Pixel = p
        print(x.c.name, int(x.c), x.is_red(), box(x.level))
    print(Color.GREEN + 1, Color(3).name, len(Color), Color.RED < Color.BLUE)
    print(list(Color.__members__))


main()
