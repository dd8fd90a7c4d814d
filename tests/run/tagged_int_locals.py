# Int locals assigned by typed arithmetic keep small values as tagged words (lower.c,
# "tagged ints"); every other use sees an int object with CPython's value and identity:
# values crossing 2**30 in both directions, negatives, // and %, identity of the boxed
# value, uses by untyped code, containers, fields, f-strings, exceptions raised while a
# tagged value is live, del, handlers reading the variable, bool and int subclasses
# stored into an int variable, cells (captured variables) and generators.
import __static__
from typing import List, Optional


class Box:
    def __init__(self, v: int) -> None:
        self.v = v


class MyInt(int):
    pass


def crossing(step: int) -> List[int]:
    out: List[int] = []
    x: int = 0
    i: int = 0
    while i < 8:
        x += step          # leaves the tagged range after a few steps
        out.append(x)
        i += 1
    while x > 0:
        x -= step          # and comes back
    out.append(x)
    return out


def arith(a: int, b: int) -> List[int]:
    q: int = a // b
    r: int = a % b
    m: int = a * b
    s: int = a - b
    n: int = -1
    n = n * a
    return [q, r, m, s, n, q * r - m]


def identity() -> List[bool]:
    a: int = 1000
    b: int = 2000
    x: int = a + b
    y = x            # the boxed value is kept: the same object afterwards
    z = x
    small: int = a - 999
    one = int("1")
    return [x is y, y is z, small is one, x == 3000]


def escape(n: int) -> object:
    total: int = 0
    i: int = 0
    while i < n:
        total += i
        i += 1
    d = {total: "key"}
    box = Box(total)
    return [total, d[total], box.v, f"{total:>6}|{i!r}", str(i), hash(total) == hash(45),
            repr([i, total]), (lambda q: q + total)(1)]


def negative_index(xs: List[int]) -> List[int]:
    out: List[int] = []
    i: int = 0
    while i < len(xs):
        j: int = -1 - i
        out.append(xs[j])
        xs[j] = xs[j] * 10
        i += 1
    out.extend(xs)
    return out


def raises(n: int) -> str:
    k: int = 0
    try:
        while True:
            k += 1
            if k == n:
                raise ValueError(k)
    except ValueError as e:
        return f"caught {e} at k={k}"


def bad_index(xs: List[int]) -> str:
    i: int = 0
    try:
        while True:
            xs[i] = i
            i += 1
    except IndexError as e:
        return f"{e} i={i} {xs}"


def deleted() -> str:
    v: int = 3
    v = v * 2
    del v
    try:
        print(v)  # noqa: F821
    except UnboundLocalError as e:
        return type(e).__name__
    return "bound"


def bools_and_subclasses() -> List[object]:
    b: int = True
    c: int = MyInt(5)
    out: List[object] = [type(b).__name__, type(c).__name__]
    b += 1
    c = c + 1
    out.append(b)
    out.append(type(c).__name__)
    return out


def captured() -> int:
    x: int = 1
    i: int = 0
    while i < 5:
        x = x * 2
        i += 1

    def get() -> int:
        return x
    return get()


def gen(n: int):
    x: int = 0
    while x < n:
        x += 2
        yield x


def maybe(n: int) -> Optional[int]:
    acc: int = 7
    i: int = 0
    while i < n:
        acc = acc * 3 % 1000003
        i += 1
    return acc if n else None


def big_products() -> List[int]:
    a: int = 1 << 29
    b: int = a + 12345
    p: int = a * b          # beyond 2**30: boxed
    p = p - a * b + 5       # back into range
    q: int = -a - a         # exactly -2**30: boxed
    return [p, q, q + 1]


def with_locals() -> list:
    i: int = 0
    j: int = 5
    while i < 3:
        i += 1
        j = j * 2
    return sorted(locals().items())


def untyped_caller() -> list:
    res = []
    for n in (0, 1, 10, 40):
        res.append(escape(n))
    return res


print(crossing(1 << 28))
print(crossing(-(1 << 28)) if False else crossing(3))
print(arith(17, 5), arith(-17, 5), arith(17, -5), arith(-17, -5))
print(identity())
print(untyped_caller())
print(negative_index([1, 2, 3, 4]))
print(raises(4))
print(bad_index([0, 0, 0]))
print(deleted())
print(bools_and_subclasses())
print(captured())
print(list(gen(9)))
print(maybe(0), maybe(20))
print(big_products())
print(with_locals())
