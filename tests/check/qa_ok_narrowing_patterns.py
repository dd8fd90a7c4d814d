import __static__
from typing import Optional


class Node:
    def __init__(self, val: int, nxt: "Optional[Node]" = None) -> None:
        self.val: int = val
        self.nxt: Optional[Node] = nxt


class Leaf(Node):
    def __init__(self, val: int) -> None:
        super().__init__(val)
        self.tag: str = "leaf"


def early_return(n: Optional[Node]) -> int:
    if n is None:
        return 0
    return n.val


def early_raise(n: Optional[Node]) -> int:
    if not n:
        raise ValueError("none")
    return n.val


def walk(n: Optional[Node]) -> int:
    total = 0
    while n is not None:
        total += n.val
        n = n.nxt
    return total


def default_assign(n: Optional[Node]) -> int:
    if n is None:
        n = Node(0)
    return n.val


def cond_expr(n: Optional[Node]) -> int:
    return n.val if n is not None else -1


def and_chain(n: Optional[Node]) -> bool:
    return n is not None and n.val > 0


def or_guard(n: Optional[Node]) -> int:
    if n is None or n.val < 0:
        return 0
    return n.val


def isinstance_and(n: Node) -> str:
    if isinstance(n, Leaf) and n.tag:
        return n.tag
    return ""


def assert_isinstance(n: Node) -> str:
    assert isinstance(n, Leaf)
    return n.tag


def field_path(n: Node) -> int:
    if n.nxt is not None:
        return n.nxt.val
    return -1


def else_branch(n: Optional[Node]) -> int:
    if n is not None:
        pass
    else:
        return 0
    return n.val


def loop_continue(xs: list) -> int:
    total = 0
    for x in xs:
        n: Optional[Node] = x
        if n is None:
            continue
        total += n.val
    return total
