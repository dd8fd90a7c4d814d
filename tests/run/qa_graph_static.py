import __static__
from __static__ import int64, box, CheckedList, cbool
from typing import Optional, Union, Iterator, List, Dict


class GraphError(Exception):
    def __init__(self, node: int, msg: str) -> None:
        super().__init__(f"node {node}: {msg}")
        self.node: int = node


class Node:
    def __init__(self, key: int, label: str = "") -> None:
        self.key: int = key
        self.label: str = label or f"n{key}"
        self.edges: List["Node"] = []
        self.weight: int64 = 0

    def connect(self, *others: "Node", weight: int = 1) -> "Node":
        for o in others:
            if o is self:
                raise GraphError(self.key, "self loop")
            self.edges.append(o)
            self.weight += int64(weight)
        return self

    def __iter__(self) -> Iterator["Node"]:
        yield from self.edges

    def __repr__(self) -> str:
        return f"<{self.label}:{box(self.weight)}>"


class Graph:
    def __init__(self) -> None:
        self.nodes: Dict[int, Node] = {}

    def node(self, k: int) -> Node:
        n = self.nodes.get(k)
        if n is None:
            n = Node(k)
            self.nodes[k] = n
        return n

    def bfs(self, start: int) -> List[int]:
        seen = {start}
        order: List[int] = []
        queue = [self.node(start)]
        while queue:
            cur = queue.pop(0)
            order.append(cur.key)
            for nxt in cur:
                if nxt.key not in seen:
                    seen.add(nxt.key)
                    queue.append(nxt)
        return order

    def walk(self, start: int, limit: int64) -> Iterator[str]:
        n: Optional[Node] = self.node(start)
        i: int64 = 0
        while n is not None and i < limit:
            yield n.label
            n = n.edges[0] if n.edges else None
            i += 1

    def find(self, pred) -> Optional[Node]:
        for n in self.nodes.values():
            if pred(n):
                return n
        else:
            return None


def describe(x: Union[int, str, Node]) -> str:
    if isinstance(x, Node):
        return "node " + x.label
    elif isinstance(x, int):
        return "int " + str(x + 1)
    return "str " + x.upper()


def counter() :
    count = 0
    def inc(by: int = 1) -> int:
        nonlocal count
        count += by
        return count
    return inc


def main() -> None:
    g = Graph()
    for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]:
        g.node(a).connect(g.node(b), weight=a * b)
    print(g.bfs(1), list(g.walk(1, 10)), list(g.walk(1, 2)))
    try:
        g.node(5).connect(g.node(5))
    except GraphError as e:
        print("GraphError", e, e.node, e.args)
    print(g.find(lambda n: n.weight > 5), g.find(lambda n: n.key > 99))
    print([describe(v) for v in (3, "abc", g.node(2))])
    inc = counter()
    print(inc(), inc(5), inc(by=2))
    ws = sorted(g.nodes.values(), key=lambda n: (-n.weight, n.key))
    print(ws, {n.key: len(n.edges) for n in ws if n.edges})
    labels = "-".join(n.label for n in ws)[::2]
    print(labels, labels[1:4], labels[-3:])
    total: int64 = 0
    n: Node
    for n in g.nodes.values():
        total += n.weight
    else:
        print("sum", box(total))
    checked = CheckedList[int]([n.key for n in ws])
    checked.sort()
    print(checked, 3 in checked, checked.index(4))


main()
