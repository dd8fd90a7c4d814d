# for over dict items / tuples with pre-declared typed targets.
import __static__
from __static__ import int64, box


class Stat:
    def __init__(self, n: int64) -> None:
        self.n: int64 = n


def main() -> None:
    d = {"a": Stat(1), "b": Stat(2), "c": Stat(3)}
    k: str
    v: Stat
    total: int64 = 0
    for k, v in d.items():
        total += v.n
        print(k, box(v.n))
    print(box(total))
    pairs = [("x", Stat(10)), ("y", Stat(20))]
    for k, v in pairs:
        print(k + "=" + str(box(v.n * 2)))
    for t in (1, 2, 3):
        print(t, end=" ")
    print()
    name: str
    num: int
    for name, num in [("p", 1), ("q", 2)]:
        print(name * num)


main()
