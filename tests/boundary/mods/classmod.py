# Static classes used from plain Python by tests/boundary/test_class_*.py.
import __static__
from __static__ import int64, double, cbool, box
from typing import Optional, final


class Point:
    def __init__(self, x: int64, y: int64) -> None:
        self.x: int64 = x
        self.y: int64 = y
        self.weight: double = 1.0
        self.visible: cbool = True
        self.label: str = "p"
        self.note: Optional[str] = None
        self.payload: object = None
        self.anything = None

    def move(self, dx: int64, dy: int64) -> None:
        self.x += dx
        self.y += dy

    def norm1(self) -> int64:
        x: int64 = self.x
        y: int64 = self.y
        if x < 0:
            x = -x
        if y < 0:
            y = -y
        return x + y

    def rename(self, label: str) -> str:
        old = self.label
        self.label = label
        return old


class Lazy:
    name: str
    count: int

    def __init__(self, set_name: bool) -> None:
        if set_name:
            self.name = "set"


class Shape:
    def __init__(self, size: int64) -> None:
        self.size: int64 = size

    def area(self) -> int:
        return box(self.size * self.size)

    def kind(self) -> str:
        return "shape"

    @final
    def ident(self) -> int:
        return 7


def total_area(shapes: list) -> int:
    """Static code calling the virtual `area` on each element."""
    t: int = 0
    for s in shapes:
        sh: Shape = s
        t += sh.area()
    return t


def kind_of(s: Shape) -> str:
    return s.kind()


def ident_of(s: Shape) -> int:
    return s.ident()


class Node:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.next: Optional[Node] = None
        self.peer: object = None


def make_ring(n: int64) -> Node:
    first = Node(0)
    cur = first
    i: int64 = 1
    while i < n:
        nxt = Node(i)
        cur.next = nxt
        cur = nxt
        i += 1
    cur.next = first
    return first


def ring_sum(start: Node, steps: int64) -> int64:
    s: int64 = 0
    cur: Optional[Node] = start
    i: int64 = 0
    while i < steps and cur is not None:
        s += cur.v
        cur = cur.next
        i += 1
    return s
