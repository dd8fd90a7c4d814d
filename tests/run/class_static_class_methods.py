# @staticmethod and @classmethod, called on the class and on instances.
import __static__
from __static__ import int64, box


class Temp:
    scale: str = "C"

    def __init__(self, deg: int64) -> None:
        self.deg: int64 = deg

    @staticmethod
    def c_to_f(c: int64) -> int64:
        return c * 9 // 5 + 32

    @classmethod
    def freezing(cls) -> "Temp":
        return cls(0)

    @classmethod
    def make(cls, d: int64) -> "Temp":
        return cls(box(d))

    def fahrenheit(self) -> int64:
        return Temp.c_to_f(self.deg)


class Hot(Temp):
    pass


def main() -> None:
    print(box(Temp.c_to_f(100)), box(Temp(20).c_to_f(10)))
    f = Temp.freezing()
    print(box(f.deg), box(f.fahrenheit()))
    h = Hot.make(40)
    print(type(h).__name__, box(h.fahrenheit()))
    print(type(Hot.freezing()).__name__)


main()
