# Reference cycles between static instances are collected by gc.
import __static__
import gc
from __static__ import int64, box
from typing import Optional


class Peer:
    def __init__(self, ident: int64) -> None:
        self.ident: int64 = ident
        self.other: Optional[Peer] = None
        self.stuff: list = []


def make_cycles(n: int64) -> int64:
    made: int64 = 0
    i: int64 = 0
    while i < n:
        a = Peer(i)
        b = Peer(i + 1)
        a.other = b
        b.other = a
        a.stuff.append(a)
        made += 1
        i += 1
    return made


def main() -> None:
    gc.collect()
    print(box(make_cycles(1000)))
    gc.collect()
    p = Peer(5)
    p.other = p
    q = p.other
    if q is not None:
        print(box(q.ident))
    del p
    del q
    gc.collect()
    print("done")


main()
