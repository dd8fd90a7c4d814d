# Static Python: primitive locals (int64, double, cbool, narrow ints) and typed
# parameters keep their values across yields (typed frame slots).
import __static__
from __static__ import int8, int64, uint16, double, cbool, box, unbox
from typing import Iterator


def fib(limit: int64) -> Iterator[int]:
    a: int64 = 0
    b: int64 = 1
    while a < limit:
        yield box(a)
        t: int64 = a + b
        a = b
        b = t


def mixed(n: int64, scale: double, flag: cbool) -> Iterator[object]:
    small: int8 = 120
    u: uint16 = 65530
    acc: double = 0.0
    i: int64 = 0
    di: double = 0.0
    while i < n:
        acc = acc + scale * di
        di += 1.0
        small += 3          # wraps at int8
        u += 3              # wraps at uint16
        flag = not flag
        got = yield (box(i), box(acc), box(small), box(u), box(flag))
        if got is not None:
            i += unbox(got)
        i += 1
    return box(acc)


print(list(fib(100)))
m = mixed(5, 1.5, False)
print(next(m))
print(m.send(int(1)))
print(list(m))


def typed_args(a: int, s: str, xs: list) -> Iterator[str]:
    for x in xs:
        yield s * a + str(x)


print(list(typed_args(2, "ab", [1, 2])))


def big_frame(n: int64) -> Iterator[int]:
    v0: int64 = n
    v1: int64 = n + 1
    v2: double = 3.0
    o0 = [box(n)]
    o1 = {"n": box(n)}
    yield box(v0)
    yield box(v1)
    yield box(v2 * 4.0)
    yield len(o0) + len(o1)


print(list(big_frame(6)))
