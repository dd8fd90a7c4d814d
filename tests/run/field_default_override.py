# A static subclass that assigns an inherited field in its class body (x = v or x: T = v)
# gives the field a new default: its instances and the class attribute read v, as
# CPython's attribute lookup would find it, while static code keeps a fixed offset.
import __static__
from __static__ import int64, box, double

class Base:
    sound: str = "..."
    legs: int64 = 4
    w: double = 1.5
    tag: str = "base"
    def describe(self) -> str:
        return f"{self.sound} {box(self.legs)} {box(self.w)} {self.tag}"

class Bird(Base):
    sound = "tweet"
    legs: int64 = 2
    w = 0.25

class Penguin(Bird):
    tag: str = "penguin"

class Mute(Base):
    sound = "..."
    def __init__(self) -> None:
        self.sound = "(silent)"

for c in (Base(), Bird(), Penguin(), Mute()):
    print(type(c).__name__, c.describe(), c.sound, type(c).sound, c.legs)
b = Bird()
b.sound = "chirp"
print(b.describe(), Bird.sound, Base.sound, Bird().sound)
setattr(b, "legs", 1)
print(b.describe())
