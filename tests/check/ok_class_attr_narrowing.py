import __static__
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v: int = v
        self.next: Optional[Node] = None


def f(n: Node) -> int:
    if n.next is not None:
        return n.next.v
    nxt = n.next
    if nxt:   # a local narrows on truth; a field does not (its __bool__ could reassign it)
        return nxt.v
    if isinstance(n.next, Node):
        return n.next.v
    return 0
