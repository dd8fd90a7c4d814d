# An empty body (`...` or `pass`, after an optional docstring) declares a signature where
# the function is an @overload, an @abstractmethod or a Protocol member: no return needed.
# Anywhere else the empty body still returns None.
import __static__
import abc
from typing import Protocol, overload
import typing


class Sized(Protocol):
    def size(self) -> int: ...

    def name(self) -> str:
        "the name"
        ...


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float:
        pass


@overload
def conv(x: int) -> str: ...
@typing.overload
def conv(x: str) -> int: ...
def conv(x):
    return x


def plain(x: int) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
    ...


class Concrete:
    def size(self) -> int:  # error: Function has declared return type 'int' but can implicitly return None.
        pass
