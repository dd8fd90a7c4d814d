import __static__
from dataclasses import dataclass, field, InitVar
from typing import ClassVar


@dataclass
class A:  # error: dataclasses.field() takes no positional arguments
    x: str = field("foo")


@dataclass
class B:  # error: dataclasses.field() argument 'init' must be a boolean constant
    x: str = field(init=1)


@dataclass
class C:  # error: dataclasses.field() argument 'hash' must be None or a boolean constant
    x: str = field(hash=1)


@dataclass
class D:  # error: dataclasses.field() got an unexpected keyword argument 'foo'
    x: str = field(foo=1)


@dataclass
class E:  # error: cannot specify both default and default_factory
    x: list = field(default=[], default_factory=list)


@dataclass
class F:
    x: ClassVar[list] = field(default_factory=list)  # error: field x cannot have a default factory
    y: InitVar[str] = field(init=False)  # error: InitVar fields must have init=True
    z: list = []  # error: mutable default list for field z is not allowed: use default_factory
    w: str = field(default=1)  # error@28: type mismatch: Literal[1] cannot be assigned to str


@dataclass
class G:  # error: non-default argument 'y' follows default argument
    x: int = 0
    y: str


@dataclass(init=False)
class H:
    x: int = 0
    y: str

    def __init__(self, y: str) -> None:
        self.y = y


@dataclass
class Ok:
    a: int
    b: ClassVar[int] = 3
    c: InitVar[int]
    d: str = field(default="d", repr=False, hash=None, compare=True, metadata={"k": 1})
    e: list = field(default_factory=list)
    f: int = field(init=False, default=0)

    def __post_init__(self, c: int) -> None:
        self.f = c
