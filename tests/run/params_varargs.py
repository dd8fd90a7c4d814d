import __static__
from __static__ import int64, box


def total(first: int, *rest: int) -> int:
    t: int = first
    for r in rest:
        t += r
    return t


def count(*args) -> int64:
    return int64(len(args))


def echo(*args):
    return args


def side(tag: str, log: list) -> str:
    log.append(tag)
    return tag


def order(a, *args, k=None):
    return (a, args, k)


print(total(1), total(1, 2), total(1, 2, 3, 4, 5))
print(box(count()), box(count(1, "a", None)))
print(echo(), echo(1), echo(*[1, 2], 3), type(echo(1)).__name__)
log: list = []
print(order(side("a", log), side("b", log), k=side("k", log), ), log)
log = []
print(order(side("a", log), k=side("k", log)), log)
print(total(*[1, 2, 3]), total(10, *(1, 2)))
xs = [echo, total]
print(xs[0](1, 2, 3), xs[1](4, 5))


def stats(*values: float) -> tuple:
    if not values:
        return (0, 0.0)
    return (len(values), sum(values) / len(values))


print(stats(), stats(1.0, 2.0, 4.5))
t: tuple = echo(1, 2)
print(t[1])
