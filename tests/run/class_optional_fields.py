# Optional[C] fields narrowed with `is None` / `is not None`.
import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, v: int64) -> None:
        self.v: int64 = v
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


def insert(root: Optional[Node], v: int64) -> Node:
    if root is None:
        return Node(v)
    if v < root.v:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root


def depth(n: Optional[Node]) -> int64:
    if n is None:
        return 0
    a = depth(n.left)
    b = depth(n.right)
    if a > b:
        return a + 1
    return b + 1


def inorder(n: Optional[Node], out: list) -> None:
    if n is not None:
        inorder(n.left, out)
        out.append(box(n.v))
        inorder(n.right, out)


def main() -> None:
    root: Optional[Node] = None
    for x in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        root = insert(root, int64(x))
    out: list = []
    inorder(root, out)
    print(out, box(depth(root)))
    if root is not None:
        l = root.left
        if l is not None:
            print(box(l.v))
        print(root.right is None)


main()
