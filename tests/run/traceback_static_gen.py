import __static__
from __static__ import int64, box, CheckedList
from typing import Optional

class Node:
    def __init__(self, v: int, nxt: "Optional[Node]") -> None:
        self.v = v
        self.nxt = nxt
    def total(self) -> int:
        n = self.nxt
        return self.v + (n.total() if n is not None else self.boom())
    def boom(self) -> int:
        xs = CheckedList[int]([1, 2])
        i: int64 = 5
        return xs[i] + self.v

def gen(n: int):
    for i in range(n):
        yield 10 // (n - i - 1)

def main() -> None:
    try:
        Node(1, Node(2, None)).total()
    except IndexError as e:
        import traceback
        traceback.print_exc()
    print(list(gen(3)))

main()
