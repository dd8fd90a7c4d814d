import __static__
from typing import Optional


class Cfg:
    def __init__(self, name: str, parent: "Optional[Cfg]" = None) -> None:
        self.name = name
        self.parent = parent
        self.value: Optional[int] = None

    def lookup(self) -> int:
        c: Optional[Cfg] = self
        while c is not None:
            if c.value is not None:
                return c.value
            c = c.parent
        return -1

    def depth(self) -> int:
        d = 0
        p = self.parent
        while p:
            d += 1
            p = p.parent
        return d


def describe(x: object) -> str:
    if isinstance(x, Cfg):
        return "cfg " + x.name
    if isinstance(x, (int, float)):
        return "num " + str(x * 2)
    if isinstance(x, str) and x:
        return "str " + x.upper()
    return "other " + repr(x)


def first_len(xs: Optional[list]) -> int:
    if not xs:
        return 0
    return len(xs[0])


def must(x: Optional[str]) -> str:
    assert x is not None, "x must not be None"
    return x.strip()


def main() -> None:
    root = Cfg("root")
    root.value = 10
    mid = Cfg("mid", root)
    leaf = Cfg("leaf", mid)
    print(leaf.lookup(), mid.lookup(), leaf.depth())
    mid.value = 0
    print(leaf.lookup())
    print(Cfg("alone").lookup())
    for v in [leaf, 3, 2.5, "hi", "", None, [1]]:
        print(describe(v))
    print(first_len(None), first_len([]), first_len(["abc"]))
    print(must("  ok  "))
    try:
        must(None)
    except AssertionError as e:
        print("AssertionError:", e)


main()
