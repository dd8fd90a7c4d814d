import __static__
from typing import final


@final
class A:
    def __init__(self, x: int) -> None:
        self.x = x

    def get(self) -> int:
        return self.x


def use() -> int:
    return A(3).get()
