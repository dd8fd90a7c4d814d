# A list of mixed subclasses summed through a virtual method in a loop.
import __static__
from __static__ import int64, box, cast


class Coin:
    def value(self) -> int64:
        return 0

    def label(self) -> str:
        return "coin"


class Penny(Coin):
    def value(self) -> int64:
        return 1


class Dime(Coin):
    def value(self) -> int64:
        return 10

    def label(self) -> str:
        return "dime"


class Quarter(Coin):
    def value(self) -> int64:
        return 25

    def label(self) -> str:
        return "quarter"


def main() -> None:
    purse = []
    i = 0
    while i < 30:
        if i % 3 == 0:
            purse.append(Penny())
        elif i % 3 == 1:
            purse.append(Dime())
        else:
            purse.append(Quarter())
        i += 1
    total: int64 = 0
    labels = {}
    for c in purse:
        coin = cast(Coin, c)
        total += coin.value()
        labels[coin.label()] = labels.get(coin.label(), 0) + 1
    print(box(total), sorted(labels.items()))


main()
