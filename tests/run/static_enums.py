# __static__'s Enum, IntEnum, StringEnum (the dialect's own enums, not the stdlib's):
# members by value and name, iteration, IntEnum/StringEnum members are ints/strs.
import __static__
from __static__ import Enum, IntEnum, StringEnum
from __static__.enum import unique
import pickle

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = "b"
    def describe(self) -> str:
        return f"{self.name}={self.value}"

class Num(IntEnum):
    ONE = 1
    TWO = 2

class Word(StringEnum):
    HI = "hi"
    BYE = "bye"

class Weird(Enum):
    A = [1]
    B = [2]

def use(c: Color) -> str:
    return c.describe()

print(Color.RED, repr(Color.GREEN), Color(2) is Color.GREEN, Color["BLUE"].value, len(Color), list(Color))
print(use(Color.BLUE), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
print(Num.TWO + 1, Num(1) is Num.ONE, isinstance(Num.ONE, int), str(Word.HI), Word(b"bye") is Word.BYE, Word.HI.upper())
print(Weird.A == [1], Weird([2]) is Weird.B if False else "skip", dir(Color.RED))
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
@unique
class U(Enum):
    X = 1
    Y = 2
print(list(U))
