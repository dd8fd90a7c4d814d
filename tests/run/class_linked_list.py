# A singly linked list walked with `while x is not None`.
import __static__
from __static__ import int64, box
from typing import Optional


class Cell:
    def __init__(self, value: int64, next: Optional["Cell"]) -> None:
        self.value: int64 = value
        self.next: Optional[Cell] = next


class Stack:
    def __init__(self) -> None:
        self.top: Optional[Cell] = None
        self.size: int64 = 0

    def push(self, v: int64) -> None:
        self.top = Cell(v, self.top)
        self.size += 1

    def pop(self) -> int64:
        t = self.top
        if t is None:
            return -1
        self.top = t.next
        self.size -= 1
        return t.value

    def total(self) -> int64:
        s: int64 = 0
        c = self.top
        while c is not None:
            s += c.value
            c = c.next
        return s

    def reverse(self) -> None:
        prev: Optional[Cell] = None
        cur = self.top
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.top = prev


def main() -> None:
    s = Stack()
    i: int64 = 1
    while i <= 10:
        s.push(i)
        i += 1
    print(box(s.size), box(s.total()))
    s.reverse()
    print(box(s.pop()), box(s.pop()), box(s.size), box(s.total()))
    while s.size > 0:
        s.pop()
    print(box(s.pop()), s.top is None)


main()
