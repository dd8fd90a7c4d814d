# A Python subclass of a static class that assigns an inherited field in its body gives
# the field a new default for its instances (compiled methods read it, as CPython's
# lookup of the class attribute would); its Python subclasses inherit it.
import __static__
from __static__ import int64, box

class Base:
    sound: str = "..."
    legs: int64 = 4
    def __init__(self, name: str) -> None:
        self.name = name
    def describe(self) -> str:
        return f"{self.name}: {self.sound} on {box(self.legs)} legs"

ns = {"Base": Base}
exec('''
class Cat(Base):
    sound = "meow"
class Bird(Base):
    legs = 2
    sound = "tweet"
class Chick(Bird):
    sound = "peep"
class Plain(Base):
    pass
''', ns)
for cls in ("Cat", "Bird", "Chick", "Plain"):
    k = ns[cls]
    o = k(cls.lower())
    print(o.describe(), o.sound, k.sound, k.legs)
c = ns["Cat"]("tom")
c.sound = "purr"
print(c.describe(), ns["Cat"]("x").describe(), Base("b").describe())
