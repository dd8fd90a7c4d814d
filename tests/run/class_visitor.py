# Double dispatch: nodes accept visitors; visitors override per-node methods.
import __static__
from __static__ import int64, box


class Visitor:
    def visit_num(self, n: "Num") -> int64:
        return 0

    def visit_mul(self, m: "Mul") -> int64:
        return 0


class Node:
    def accept(self, v: Visitor) -> int64:
        return 0


class Num(Node):
    def __init__(self, v: int64) -> None:
        self.v: int64 = v

    def accept(self, v: Visitor) -> int64:
        return v.visit_num(self)


class Mul(Node):
    def __init__(self, a: Node, b: Node) -> None:
        self.a: Node = a
        self.b: Node = b

    def accept(self, v: Visitor) -> int64:
        return v.visit_mul(self)


class Evaluator(Visitor):
    def visit_num(self, n: Num) -> int64:
        return n.v

    def visit_mul(self, m: Mul) -> int64:
        return m.a.accept(self) * m.b.accept(self)


class Counter(Visitor):
    def visit_num(self, n: Num) -> int64:
        return 1

    def visit_mul(self, m: Mul) -> int64:
        return m.a.accept(self) + m.b.accept(self) + 1


def main() -> None:
    tree: Node = Mul(Num(3), Mul(Num(4), Num(5)))
    print(box(tree.accept(Evaluator())), box(tree.accept(Counter())))


main()
