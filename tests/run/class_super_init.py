# super().__init__ and Base.method(self, ...) calls.
import __static__
from __static__ import int64, box


class Animal:
    def __init__(self, name: str, legs: int64) -> None:
        self.name: str = name
        self.legs: int64 = legs

    def sound(self) -> str:
        return "..."

    def info(self) -> str:
        return self.name + " has " + str(box(self.legs)) + " legs and says " + self.sound()


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, 4)
        self.tricks: int64 = 2

    def sound(self) -> str:
        return "woof"

    def info(self) -> str:
        return Animal.info(self) + " (" + str(box(self.tricks)) + " tricks)"


class Bird(Animal):
    def __init__(self, name: str) -> None:
        Animal.__init__(self, name, 2)

    def sound(self) -> str:
        return "tweet " + super().sound()


def main() -> None:
    print(Dog("rex").info())
    print(Bird("tweety").info())
    a: Animal = Dog("fido")
    print(a.sound(), box(a.legs))


main()
