import __static__
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v: int = v
        self.next: Optional[Node] = None


def f(n: Node) -> int:
    return n.next.v  # error: Optional[class_optional_field_attr.Node]: 'NoneType' object has no attribute 'v'
