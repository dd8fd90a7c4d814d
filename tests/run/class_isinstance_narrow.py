# isinstance narrowing from object / base types to subclasses.
import __static__
from __static__ import int64, box


class Expr:
    def eval(self) -> int64:
        return 0


class Num(Expr):
    def __init__(self, v: int64) -> None:
        self.v: int64 = v

    def eval(self) -> int64:
        return self.v


class Add(Expr):
    def __init__(self, a: Expr, b: Expr) -> None:
        self.a: Expr = a
        self.b: Expr = b

    def eval(self) -> int64:
        return self.a.eval() + self.b.eval()


def show(e: Expr) -> str:
    if isinstance(e, Num):
        return str(box(e.v))
    if isinstance(e, Add):
        return "(" + show(e.a) + " + " + show(e.b) + ")"
    return "?"


def classify(o: object) -> str:
    if isinstance(o, Expr):
        return "expr=" + str(box(o.eval()))
    if isinstance(o, (int, str)):
        return "atom " + str(o)
    return "other"


def main() -> None:
    e = Add(Num(1), Add(Num(2), Num(3)))
    print(show(e), box(e.eval()))
    print(classify(e), classify(7), classify("s"), classify(None), classify(Expr()))


main()
