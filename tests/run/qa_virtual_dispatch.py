import __static__
from __static__ import int64, box


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def legs(self) -> int64:
        return 4

    def speak(self) -> str:
        return f"{self.name} says {self.sound()} on {box(self.legs())} legs"


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Bird(Animal):
    def sound(self) -> str:
        return "tweet"

    def legs(self) -> int64:
        return 2


class Puppy(Dog):
    def sound(self) -> str:
        return Dog.sound(self) + "ish"

    def speak(self) -> str:
        return "(small) " + super().speak()


def total_legs(zoo: list) -> int64:
    t: int64 = 0
    for a in zoo:
        an: Animal = a
        t += an.legs()
    return t


zoo = [Animal("thing"), Dog("rex"), Bird("tweety"), Puppy("bit")]
for a in zoo:
    print(a.speak())
print(box(total_legs(zoo)))


class Snake(Animal):  # subclass defined later in the module
    def legs(self) -> int64:
        return 0

    def sound(self) -> str:
        return "hiss"


zoo.append(Snake("kaa"))
print(box(total_legs(zoo)), zoo[-1].speak())
