import __static__
from __static__ import int64, box


def f() -> None:
    xs: list[int] = []
    d: dict[str, int] = {}
    for i in range(5):
        xs.append(i * i)
        d[str(i)] = i
    k: int64 = 4
    print(box(k) in xs, box(k) not in xs, box(k) in d.values())
    s: set[int] = {1, 2}
    print(1 in s, sorted(s | {5}))
    t: tuple[int, int] = (1, 2)
    a, b = t
    print(a + b, xs, d)


f()
