import __static__
from __static__ import int64
from typing import ClassVar, Final


class Base:
    limit: ClassVar[int] = 3

    def __init__(self) -> None:
        self.x: int = 0
        self.tag: Final[str] = "b"

    def f(self, a: int) -> int:
        return a


class Sub(Base):
    def __init__(self) -> None:
        super().__init__()
        self.x: str = ""  # error: Cannot change type of inherited attribute (inherited type 'int')

    def f(self, a: int) -> str:  # error: qa_class_errors.Sub.f overrides qa_class_errors.Base.f inconsistently. Returned type `str` is not a subtype of the overridden return `int`
        return ""


def use(b: Base) -> None:
    b.limit = 4  # error: Cannot assign to classvar 'limit' on 'qa_class_errors.Base' instance
    b.x = "s"  # error: type mismatch: str cannot be assigned to int
