import __static__
from __static__ import int64


class Base:
    name: str = "base"
    size: int64 = 1


class Ok(Base):
    name = "ok"
    size: int64 = 2


class Bad(Base):
    name = 5  # error: type mismatch: Literal[5] cannot be assigned to str
