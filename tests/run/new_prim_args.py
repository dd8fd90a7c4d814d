# A user __new__ with primitive parameters: C(x) with x an int64 is checked against
# __new__'s parameters and boxed for the (dynamic) call of the class, as CinderX does.
import __static__
from __static__ import int64, box, double

class C:
    v: int
    def __new__(cls, x: int64, d: double = 1.5) -> "C":
        o: C = object.__new__(cls)
        o.v = box(x) + int(box(d))
        return o

    def __init__(self, x: int64, d: double = 1.5) -> None:
        self.w: int = box(x) + 1

class D(C):
    pass

def f(x: int64) -> C:
    return C(x)

def main() -> None:
    c = C(int64(3))
    print(c.v, c.w)
    print(f(40).v, D(int64(2), double(2.5)).v, type(D(int64(1))).__name__)
    print(C(7, d=3.0).v)

main()
print(C(4).v)
