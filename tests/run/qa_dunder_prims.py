import __static__
from __static__ import int64, box, double, cbool


class Bag:
    def __init__(self) -> None:
        self.n: int64 = 3

    def __len__(self) -> int64:
        return self.n

    def __bool__(self) -> cbool:
        return self.n > 5

    def __float__(self) -> double:
        return 2.5

    def __str__(self) -> str:
        return "Bag"


class Early:
    def __init__(self) -> None:
        print(self.x)
        self.x: int = 1


b = Bag()
print(len(b), bool(b), float(b), b, str(b), f"{b}")
print("a", "b", sep="-", end="|\n")
s = ""
for i in range(3):
    s += str(i)
print(s)
try:
    Early()
except AttributeError as e:
    print("AttributeError:", e)
