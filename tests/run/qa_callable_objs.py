import __static__
from __static__ import int64, box


class Multiplier:
    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, x: int) -> int:
        return x * self.k


class Pipeline:
    def __init__(self) -> None:
        self.stages: list = []

    def add(self, f) -> "Pipeline":
        self.stages.append(f)
        return self

    def run(self, v: object) -> object:
        for s in self.stages:
            v = s(v)
        return v


def inc(x):
    return x + 1


def main() -> None:
    double = Multiplier(2)
    print(double(21), callable(double), callable(5))
    p = Pipeline().add(inc).add(double).add(str).add(len)
    print(p.run(49), p.run(4))
    fns = [abs, inc, Multiplier(3), str.upper]
    print([f(-4) if f is not str.upper else f("x") for f in fns])
    ops = {"neg": int.__neg__, "dbl": Multiplier(2)}
    print(sorted([(k, f(5)) for k, f in ops.items()]))
    bound = double.__call__
    print(bound(4), getattr(double, "k"), type(double).__name__)


main()
