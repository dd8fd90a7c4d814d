import __static__
from typing import Optional


def g() -> None:
    pass


class Node:
    def __init__(self, v: int) -> None:
        self.v: int = v
        self.next: Optional[Node] = None


def f(n: Node) -> int:
    if n.next is not None:
        g()
        return n.next.v  # error: Optional[class_attr_narrowing_call.Node]: 'NoneType' object has no attribute 'v'
    return 0
