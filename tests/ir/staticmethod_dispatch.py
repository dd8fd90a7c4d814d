# A staticmethod called through an instance of a non-final class is virtual: INVOKE_METHOD
# of the slot's adapter with the receiver first. Through the class name, or an instance
# of a final class, it is a direct INVOKE_FUNCTION (the receiver is still evaluated).
import __static__
from typing import final


class A:
    @staticmethod
    def k(x: int) -> int:
        return x


@final
class F(A):
    @staticmethod
    def k(x: int) -> int:
        return x + 1


def through_instance(a: A) -> int:
    return a.k(1)


def through_class() -> int:
    return A.k(2)


def through_final(f: F) -> int:
    return f.k(3)
