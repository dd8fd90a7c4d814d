import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, key: int, val: str) -> None:
        self.key = key
        self.val = val
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


class BST:
    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.size: int64 = 0

    def insert(self, key: int, val: str) -> None:
        node = Node(key, val)
        if self.root is None:
            self.root = node
            self.size += 1
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = node
                    break
                cur = cur.left
            elif key > cur.key:
                if cur.right is None:
                    cur.right = node
                    break
                cur = cur.right
            else:
                cur.val = val
                return
        self.size += 1

    def find(self, key: int) -> Optional[str]:
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return cur.val
            cur = cur.left if key < cur.key else cur.right
        return None

    def inorder(self) -> list:
        out: list = []
        self._walk(self.root, out)
        return out

    def _walk(self, n: Optional[Node], out: list) -> None:
        if n is None:
            return
        self._walk(n.left, out)
        out.append((n.key, n.val))
        self._walk(n.right, out)

    def height(self, n: Optional[Node]) -> int:
        if not n:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))


def main() -> None:
    t = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
        t.insert(k, "v%d" % k)
    print(box(t.size))
    print(t.inorder())
    print(t.find(40), t.find(99), t.find(65))
    print(t.height(t.root))
    r = t.find(1000)
    if r is None:
        print("missing")
    else:
        print(r.upper())


main()
