import __static__
from typing import ClassVar


class Color:
    instances: ClassVar[int] = 0
    palette: ClassVar[dict] = {}

    def __init__(self, r: int, g: int, b: int) -> None:
        self.r = r
        self.g = g
        self.b = b
        Color.instances += 1

    @classmethod
    def from_hex(cls, s: str) -> "Color":
        s = s.lstrip("#")
        return cls(int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))

    @classmethod
    def named(cls, name: str) -> "Color":
        c = cls.palette.get(name)
        if c is None:
            raise KeyError(name)
        return c

    @staticmethod
    def clamp(v: int) -> int:
        return max(0, min(255, v))

    def brighten(self, k: int) -> "Color":
        return Color(Color.clamp(self.r + k), Color.clamp(self.g + k), self.clamp(self.b + k))

    def hex(self) -> str:
        return "#%02x%02x%02x" % (self.r, self.g, self.b)

    def __repr__(self) -> str:
        return f"Color({self.r}, {self.g}, {self.b})"


class Gray(Color):
    def __init__(self, v: int) -> None:
        super().__init__(v, v, v)

    @classmethod
    def from_hex(cls, s: str) -> "Color":
        c = Color.from_hex(s)
        return Gray((c.r + c.g + c.b) // 3)


Color.palette["red"] = Color(255, 0, 0)
c = Color.from_hex("#1a2b3c")
print(c, c.hex(), c.brighten(240).hex())
print(Gray.from_hex("#306090"), type(Gray.from_hex("#000000")).__name__)
print(Color.named("red"))
try:
    Color.named("blue")
except KeyError as e:
    print("KeyError", e)
print(Color.clamp(300), Color.clamp(-5), Gray.clamp(7))
print(Color.instances)
