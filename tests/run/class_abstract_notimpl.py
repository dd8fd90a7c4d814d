# A base method that raises NotImplementedError; subclasses override it.
import __static__
from __static__ import int64, box


class Op:
    def apply(self, x: int64) -> int64:
        raise NotImplementedError("apply")

    def twice(self, x: int64) -> int64:
        return self.apply(self.apply(x))


class Inc(Op):
    def apply(self, x: int64) -> int64:
        return x + 1


class Dbl(Op):
    def apply(self, x: int64) -> int64:
        return x * 2


def main() -> None:
    ops = [Inc(), Dbl()]
    for o in ops:
        op: Op = o
        print(type(op).__name__, box(op.twice(5)))
    print(box(Op().twice(1)))


main()
