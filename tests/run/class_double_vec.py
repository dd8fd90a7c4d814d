# double fields: small vector math with operator dunders.
import __static__
from __static__ import double, box


class Vec:
    def __init__(self, x: double, y: double) -> None:
        self.x: double = x
        self.y: double = y

    def __add__(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o: "Vec") -> "Vec":
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k: float) -> "Vec":
        kk: double = double(k)
        return Vec(self.x * kk, self.y * kk)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def dot(self, o: "Vec") -> double:
        return self.x * o.x + self.y * o.y

    def __repr__(self) -> str:
        return "Vec(" + str(box(self.x)) + ", " + str(box(self.y)) + ")"


def main() -> None:
    a = Vec(1.5, 2.0)
    b = Vec(0.5, -1.0)
    print(a + b, a - b, a * 2.0, -a)
    print(box(a.dot(b)), box((a + b).dot(a - b)))


main()
