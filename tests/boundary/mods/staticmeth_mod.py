# Staticmethods of static classes overridden by plain-Python subclasses
# (tests/boundary/test_staticmethod_override.py): static code calling them through an
# instance reaches the override through the vtable's thunk, which checks its result.
import __static__
from __static__ import int64, box


class Codec:
    @staticmethod
    def name() -> str:
        return "codec"

    @staticmethod
    def scale(x: int64) -> int64:
        return x * 2

    @staticmethod
    def valid(s: str) -> bool:
        return len(s) > 0

    def describe(self) -> str:
        return self.name() + ":" + str(box(self.scale(21)))


def name_of(c: Codec) -> str:
    return c.name()


def scale_of(c: Codec, x: int64) -> int:
    return box(c.scale(x))


def valid_of(c: Codec, s: str) -> bool:
    if c.valid(s):
        return True
    return False
