# __eq__ and __hash__: instances as dict keys and in sets.
import __static__
from __static__ import int64, box


class Key:
    def __init__(self, a: int64, b: str) -> None:
        self.a: int64 = a
        self.b: str = b

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return False
        return box(self.a == other.a) and self.b == other.b

    def __hash__(self) -> int:
        return hash((box(self.a), self.b))


def main() -> None:
    d = {}
    d[Key(1, "x")] = "first"
    d[Key(2, "y")] = "second"
    d[Key(1, "x")] = "again"
    print(len(d), d[Key(1, "x")], d[Key(2, "y")])
    print(Key(3, "z") == Key(3, "z"), Key(3, "z") == Key(4, "z"), Key(1, "a") == 5)
    print(Key(3, "z") != Key(3, "z"))
    s = set()
    s.add(Key(7, "q"))
    s.add(Key(7, "q"))
    print(len(s), Key(7, "q") in s)


main()
