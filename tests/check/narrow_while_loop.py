import __static__
from typing import Optional


class Node:
    def __init__(self) -> None:
        self.next: Optional[Node] = None
        self.v: int = 0


def total(n: Optional[Node]) -> int:
    s = 0
    while n is not None:
        s += n.v
        n = n.next
    return s


def last(n: Optional[Node]) -> Node:
    while n is not None:
        n = n.next
    return n  # error: mismatched types: expected narrow_while_loop.Node because of return type, found None instead
