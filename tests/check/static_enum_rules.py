import __static__
from __static__ import Enum, IntEnum, StringEnum


def make() -> int:
    return 1


class Color(Enum):
    RED = 1
    BLUE = "b"


class Num(IntEnum):
    ONE = 1
    TWO: int = 2
    THREE = make()
    BAD = "x"  # error: IntEnum values must be int, not str
    _private = "ok"


class Word(StringEnum):
    HI = "hi"
    BAD = 23  # error: StringEnum values must be str, not Literal[23]


class Mixed(int, Enum):  # error: Static Enum types cannot support multiple bases: int, Enum
    pass


class MoreColor(Color):  # error: Static Enum types do not allow subclassing
    pass


class MoreNum(Num):  # error: Static IntEnum types do not allow subclassing
    pass


def change() -> None:
    Color.RED = 2  # error: Static Enum values cannot be modified or deleted
    del Num.ONE  # error: Static Enum values cannot be modified or deleted
    Color.other = 3


def use() -> bool:
    return Color.RED == Color.BLUE or Num.ONE == 1 or Word.HI == "hi"
