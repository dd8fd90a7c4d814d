# A user __new__ runs when a static class is called (it used to be skipped, or the
# call rejected as taking no arguments); its return annotation is the call's result.
import __static__
from __static__ import int64


class A:
    def __new__(cls, a):
        print("A.__new__", a)
        return object.__new__(cls)

    def __init__(self, a):
        self.a = a


class B:
    value: int

    def __new__(cls, a: int) -> "B":
        res = object.__new__(cls)
        res.value = a
        return res


class Odd:
    def __new__(cls, a: int) -> int:
        return 42

    def __init__(self, *args) -> None:
        raise Exception("never")


class Sub(B):
    pass


def make_a() -> A:
    return A(1)


def make_b(x: int) -> B:
    return B(x)


def odd(x: int) -> int:
    return Odd(x)


print(make_a().a)
print(make_b(5).value)
print(odd(1))
print(type(Sub(3)).__name__, Sub(3).value)
print(B.__new__(B, 7).value)
