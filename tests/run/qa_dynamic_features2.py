import sys
import functools
import operator
import itertools


def deco(tag):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            return f"{tag}({fn(*a, **k)})"
        return inner
    return wrap


@deco("x")
@deco("y")
def base(v, *, scale=2):
    """doc of base"""
    return v * scale


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def __repr__(self):
        return "Stack" + super().__repr__()


class Frozen:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, k, v):
        raise AttributeError(f"frozen: {k}")

    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)


def classify(v):
    match v:
        case Frozen(0, b):
            return f"zero-{b}"
        case Frozen(a, b) if a > b:
            return "desc"
        case [x, *rest] if rest:
            return f"list {x} +{len(rest)}"
        case {"k": str() as s, **others}:
            return f"map {s} {sorted(others)}"
        case int() | float() as num if num < 0:
            return "neg"
        case _:
            return "other"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print(base(3), base(3, scale=5), base.__name__, base.__doc__, base.__wrapped__.__name__)
    s = Stack([1]).push(2).push(3)
    print(s, len(s), s[1:], isinstance(s, list), sum(s))
    f = Frozen(1, 2)
    try:
        f.a = 5
    except AttributeError as e:
        print(e)
    print([classify(v) for v in [Frozen(0, 7), Frozen(5, 1), Frozen(1, 5), [1, 2, 3], [1], {"k": "v", "z": 1, "a": 2}, -3, -2.5, 4]])
    print(list(itertools.islice(fib(), 10)), functools.reduce(operator.mul, range(1, 6)))
    g = (x for x in fib() if x % 2)
    print(next(g), next(g), next(g))
    data = {"b": 2, "a": 1, "c": 3}
    print(sorted(data, key=data.get, reverse=True), max(data.items(), key=operator.itemgetter(1)))
    print("%s-%05.1f-%x" % ("s", 3.14159, 255), "{:>6}|{:<4}|{:^5}".format("r", "l", "c"), f"{12345678:,}", f"{0.5:.0%}")
    nums = [3, 1, 2]
    nums.sort(key=lambda n: -n)
    print(nums, nums[::-1], nums[5:], [n for n in nums if n > 1] or "empty")
    global COUNTER
    COUNTER = 10
    bump()
    print(COUNTER, sys.version_info >= (3, 11), int("ff", 16), round(2.675, 2), divmod(-7, 2), -7 // 2, -7 % 2)
    try:
        raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
    except* ValueError as eg:
        print("values", eg.exceptions)
    except* TypeError as eg:
        print("types", eg.exceptions)
    print(bytes([65, 66]) + b"c", bytearray(b"xy").upper(), "é".encode(), b"\xc3\xa9".decode())
    print(complex(1, 2) * 2j, 10 ** 20, 2 ** -1, float("inf") > 1e308, 0.1 + 0.2)


COUNTER = 0


def bump():
    global COUNTER
    COUNTER += 1


if __name__ == "__main__":
    main()
