# Code that inspects its caller's frame while the module body runs finds the module:
# namedtuple(), the Enum functional API and typing.NamedTuple take __module__ from
# sys._getframe(1).f_globals, so their instances pickle.
import collections
import enum
import pickle
import sys
import typing

P = collections.namedtuple("P", "x y")
Color = enum.Enum("Color", "RED GREEN")
T = typing.TypeVar("T")


class Row(typing.NamedTuple):
    name: str
    size: int = 0


print(P.__module__, Color.__module__, T.__module__, Row.__module__)
print(pickle.loads(pickle.dumps(P(1, 2))), pickle.loads(pickle.dumps(Color.GREEN)))
print(pickle.loads(pickle.dumps(Row("a", 3))))
print(sys._getframe(0).f_globals["__name__"], "__builtins__" in globals())


class Box(typing.Generic[T]):
    pass


print(Box.__orig_bases__, Box.__mro__[1:], Box[int])
