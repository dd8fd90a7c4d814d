import __static__
from dataclasses import dataclass


@dataclass(1)  # error: dataclass() takes no positional arguments
class A:
    x: int


@dataclass(init=1)  # error: dataclass() arguments must be boolean constants
class B:
    x: int


@dataclass(foo=True)  # error: dataclass() got an unexpected keyword argument 'foo'
class C:
    x: int


@dataclass(eq=False, order=True)  # error: eq must be true if order is true
class D:
    x: int


@dataclass(slots=False)  # error: Dataclass E sets slots=False but Static Python defaults to and only supports slots=True
class E:
    x: int


@dataclass(order=True)  # error: Cannot overwrite attribute __lt__ in class F. Consider using functools.total_ordering
class F:
    x: int

    def __lt__(self, other: object) -> bool:
        return False


@dataclass(frozen=True)  # error: Cannot overwrite attribute __setattr__ in class G
class G:
    x: int

    def __setattr__(self, name: str, value: object) -> None:
        pass


@dataclass(unsafe_hash=True)  # error: Cannot overwrite attribute __hash__ in class H
class H:
    x: int

    def __hash__(self) -> int:
        return 1


@dataclass(frozen=True, order=True, eq=True, repr=False, slots=True)
class Ok:
    x: int

    def __hash__(self) -> int:
        return 1
