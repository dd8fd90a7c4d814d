# `obj.a: T = v` where obj.a is no field (outside __init__, or on another object) declares
# nothing (the reference collects fields from __init__ and the class body only), but v is
# still checked against T, as for a local; a primitive cannot be stored dynamically.
import __static__
from __static__ import int64
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: int = 1

    def set(self) -> None:
        self.flag: bool = 1  # error: type mismatch: Literal[1] cannot be assigned to bool
        self.ok: bool = True
        self.name: str = None  # error: type mismatch: None cannot be assigned to str
        self.maybe: Optional[str] = None
        self.n: int64 = 5  # error: type mismatch: int64 cannot be assigned to dynamic
        self.x: int = 3


def g(c: C) -> None:
    c.other: int = "s"  # error: type mismatch: str cannot be assigned to int
    c.fine: object = "s"
