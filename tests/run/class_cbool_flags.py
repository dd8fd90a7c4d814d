# cbool fields and methods returning cbool used in conditions.
import __static__
from __static__ import cbool, int64, box


class Switch:
    def __init__(self) -> None:
        self.on: cbool = False
        self.locked: cbool = False
        self.flips: int64 = 0

    def flip(self) -> cbool:
        if self.locked:
            return False
        self.on = not self.on
        self.flips += 1
        return True

    def usable(self) -> cbool:
        return self.on and not self.locked


def main() -> None:
    s = Switch()
    print(box(s.flip()), box(s.on), box(s.usable()))
    s.locked = True
    print(box(s.flip()), box(s.on), box(s.usable()))
    s.locked = False
    if s.flip() and not s.on:
        print("off again", box(s.flips))
    n: int64 = 0
    while not s.locked:
        s.flip()
        n += 1
        if n == 5:
            s.locked = True
    print(box(n), box(s.on), box(s.flips))


main()
