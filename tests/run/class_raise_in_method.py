# An exception raised in a method propagates (uncaught) with method frames.
import __static__
from __static__ import int64, box


class Parser:
    def __init__(self, text: str) -> None:
        self.text: str = text
        self.pos: int64 = 0

    def number(self) -> int64:
        start = box(self.pos)
        while box(self.pos) < len(self.text) and self.text[box(self.pos)].isdigit():
            self.pos += 1
        if box(self.pos) == start:
            raise ValueError("expected a digit at " + str(start))
        return int64(int(self.text[start:box(self.pos)]))

    def sum(self) -> int64:
        t: int64 = self.number()
        while box(self.pos) < len(self.text):
            self.pos += 1
            t += self.number()
        return t


def main() -> None:
    print(box(Parser("1+22+333").sum()))
    print(box(Parser("4+x").sum()))


main()
