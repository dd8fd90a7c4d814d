# Class-body annotations with and without defaults become fields.
import __static__
from __static__ import int64, box


class Config:
    name: str = "default"
    level: int = 3
    count: int64
    ratio: float = 0.5

    def __init__(self, count: int64) -> None:
        self.count = count


def main() -> None:
    c = Config(7)
    print(c.name, c.level, box(c.count), c.ratio)
    c.name = "custom"
    c.level = 9
    print(c.name, c.level)
    d = Config(1)
    print(d.name, d.level, box(d.count))
    print(Config.name, Config.level)


main()
