import __static__
from typing import Optional, final


# A staticmethod called through an instance runs the override of the instance's class
# (CPython looks it up on the instance); through the class name it is the class's own.
class A:
    @staticmethod
    def k() -> int:
        return 1

    @staticmethod
    def add(x: int, y: int = 10) -> int:
        return x + y

    @staticmethod
    def ok(flag: bool) -> bool:
        return flag

    def m(self) -> int:
        return self.k()


class B(A):
    @staticmethod
    def k() -> int:
        return 2

    @staticmethod
    def add(x: int, y: int = 10) -> int:
        return x * y

    @staticmethod
    def ok(flag: bool) -> bool:
        return not flag


class C(B):
    pass


@final
class F(A):
    @staticmethod
    def k() -> int:
        return 5


def f(a: A) -> int:
    return a.k()


def g(a: A, x: int) -> int:
    return a.add(x) + a.add(x, y=3)


def h(a: A) -> bool:
    return a.ok(True)


def direct(f: F) -> int:
    return f.k()


calls = []


def make(a: A) -> A:
    calls.append(type(a).__name__)
    return a


print(f(A()), f(B()), f(C()), f(F()), direct(F()))
print(A().m(), B().m(), C().m(), F().m())
print(A.k(), B.k(), C.k(), F.k())
print(g(A(), 4), g(B(), 4), g(C(), 4))
print(h(A()), h(B()))
print(make(B()).k(), make(A()).add(1, 2), calls)


# Python subclasses: a staticmethod, a classmethod, a plain function and a lambda in
# place of the staticmethod.
# (exec: classes of this module are static)
src = """
class P1(A):
    @staticmethod
    def k() -> int:
        return 11


class P2(A):
    @classmethod
    def k(cls) -> int:
        return len(cls.__name__)


class P3(A):
    def k(self) -> int:
        return 30 + len(type(self).__name__)


class P4(A):
    k = staticmethod(lambda: 44)


class P5(B):
    pass


class NotCallable(A):
    k = 7
"""
ns = {"A": A, "B": B}
exec(src, ns)
P1, P2, P3, P4, P5, NotCallable = [ns[n] for n in ["P1", "P2", "P3", "P4", "P5", "NotCallable"]]


for obj in [P1(), P2(), P3(), P4(), P5()]:
    print(type(obj).__name__, f(obj), obj.m())
print(g(P5(), 3))

try:
    f(NotCallable())
except TypeError as e:
    print("TypeError", e)

# type(a).k() is an ordinary attribute call
def via_type(a: A) -> int:
    return type(a).k()


print(via_type(A()), via_type(B()), via_type(P1()))


# Keyword-only parameters and *args reach a Python override by name and spread.
class S:
    @staticmethod
    def kw(a: int, *, b: int = 2) -> int:
        return a + b

    @staticmethod
    def star(a: int, *rest: int) -> int:
        return a + len(rest)


def use_s(s: S) -> str:
    return f"{s.kw(1)} {s.kw(1, b=5)} {s.star(1)} {s.star(1, 2, 3)}"


ns = {"S": S}
exec("""
class PS(S):
    @staticmethod
    def kw(a, *, b=2):
        return a * 100 + b

    @staticmethod
    def star(a, *rest):
        return a * 100 + sum(rest)
""", ns)
print(use_s(S()), use_s(ns["PS"]()))


# A receiver and arguments that branch: evaluated in source order, receiver first.
def pick(a: Optional[A], b: A, x: int, z: int) -> int:
    return (a or b).add(x if x > 0 else -x, z > 1 and x > 2)


print(pick(None, B(), 3, 2), pick(A(), B(), -4, 0))
