# Breadth-first search over static node objects with a CheckedList work queue.
import __static__
from __static__ import CheckedList, int64, box, clen


class GNode:
    def __init__(self, name: str) -> None:
        self.name: str = name
        self.edges: CheckedList[GNode] = []
        self.dist: int64 = -1

    def link(self, other: "GNode") -> None:
        self.edges.append(other)
        other.edges.append(self)


def bfs(start: GNode) -> None:
    start.dist = 0
    todo: CheckedList[GNode] = [start]
    while clen(todo) > 0:
        n = todo.pop(0)
        for m in n.edges:
            if m.dist < 0:
                m.dist = n.dist + 1
                todo.append(m)


def main() -> None:
    names = ["a", "b", "c", "d", "e", "f", "g"]
    nodes: CheckedList[GNode] = []
    for nm in names:
        nodes.append(GNode(nm))
    links = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5)]
    a: int
    b: int
    for a, b in links:
        nodes[a].link(nodes[b])
    bfs(nodes[0])
    for n in nodes:
        print(n.name, box(n.dist), len(n.edges))


main()
