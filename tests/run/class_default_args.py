# Methods with default arguments and keyword arguments.
import __static__
from __static__ import int64, box


class Fmt:
    def __init__(self, sep: str = ",", width: int64 = 3) -> None:
        self.sep: str = sep
        self.width: int64 = width

    def pad(self, s: str, fill: str = " ") -> str:
        while len(s) < box(self.width):
            s = fill + s
        return s

    def join(self, items: list, prefix: str = "", suffix: str = "") -> str:
        out = ""
        first = True
        for it in items:
            if not first:
                out = out + self.sep
            out = out + self.pad(str(it))
            first = False
        return prefix + out + suffix


def main() -> None:
    f = Fmt()
    print(f.join([1, 22, 333]))
    g = Fmt("|", 5)
    print(g.join([7, 8], prefix="<", suffix=">"))
    print(g.pad("x", fill="."), f.pad("ab", "0"))
    h = Fmt(width=2)
    print(h.join([1, 2], suffix="!"))


main()
