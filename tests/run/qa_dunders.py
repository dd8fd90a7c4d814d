import __static__
from __static__ import int64, box


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: int) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vec):
            return False
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __lt__(self, other: "Vec") -> bool:
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"

    def __str__(self) -> str:
        return f"<{self.x},{self.y}>"

    def __len__(self) -> int:
        return 2

    def __getitem__(self, i: int) -> int:
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError("Vec index out of range")

    def __bool__(self) -> bool:
        return self.x != 0 or self.y != 0

    def __contains__(self, v: int) -> bool:
        return v == self.x or v == self.y


a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a - b, a * 3, -a)
print(repr(a + b), str(b))
print(a == Vec(1, 2), a != b, a == 5)
print(len({a, Vec(1, 2), b}))
print(sorted([b, a, Vec(0, 9), Vec(1, 1)]))
print(len(a), a[0], a[1], list(a))
print(bool(Vec(0, 0)), bool(a))
print(2 in a, 7 in a)
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
print(max([a, b, Vec(2, 2)]))
