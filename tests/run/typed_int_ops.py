# Boxed `int` arithmetic and comparisons in typed code: the back end inlines a path
# for exact one-digit ints (|v| < 2**30) and must agree with CPython everywhere else:
# results leaving the small-int cache and the one-digit range, floor division and
# modulo of negatives, division by zero, big ints, int subclasses (bool, IntEnum, a
# user subclass with its own operators) and untyped operands of other types.
import __static__
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    BLUE = 2


class Weird(int):
    def __add__(self, other):
        return "weird+"

    def __lt__(self, other):
        return "weird<"

    def __floordiv__(self, other):
        return -999


def add(a: int, b: int) -> int:
    return a + b


def sub(a: int, b: int) -> int:
    return a - b


def mul(a: int, b: int) -> int:
    return a * b


def fdiv(a: int, b: int) -> int:
    return a // b


def mod(a: int, b: int) -> int:
    return a % b


def bits(a: int, b: int) -> tuple:
    return (a & b, a | b, a ^ b)


def lt(a: int, b: int) -> bool:
    return a < b


def cmps(a: int, b: int) -> tuple:
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def branch(a: int, b: int) -> str:
    if a < b:
        return "lt"
    if a == b:
        return "eq"
    return "gt"


def loop_sum(n: int) -> int:
    i: int = 0
    s: int = 0
    while i < n:
        s += i * i - 3
        i += 1
    return s


def mixed(a: int, x) -> object:
    return (a + x, a * x, x - a, a < x, x >= a)


edges = [0, 1, -1, 5, -5, -6, 255, 256, 257, 2**30 - 1, 2**30, -(2**30), -(2**30) - 1,
         2**31, 2**62, -(2**63), 10**20, -(10**20)]
for a in edges:
    for b in [0, 1, -1, 3, -3, 256, 2**30 - 1, -(2**30), 10**20]:
        r = [add(a, b), sub(a, b), mul(a, b), bits(a, b), cmps(a, b), branch(a, b)]
        for f in (fdiv, mod):
            try:
                r.append(f(a, b))
            except ZeroDivisionError as e:
                r.append(str(e))
        print(a, b, r)
        if add(a, b) is not a + b and -5 <= a + b <= 256:
            print("small int not cached", a + b)

print(loop_sum(10), loop_sum(100000))
print(add(True, True), add(True, 5), lt(False, True), mul(Color.BLUE, 3), add(Color.RED, Color.BLUE))
print(add(Weird(3), 4), lt(Weird(1), 2), fdiv(Weird(9), 2), sub(Weird(9), 2))
print(mixed(3, 2.5), mixed(-7, 10**30), mixed(2, True))
try:
    print(mixed(3, "s"))
except TypeError as e:
    print("TypeError", e)
