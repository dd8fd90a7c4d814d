import __static__
from typing import Optional, overload


@overload
def half(x: int) -> int:
    ...


@overload
def half(x: None) -> None:
    ...


def half(x: Optional[int]) -> Optional[int]:
    return None if x is None else x // 2


class Scale:
    @overload
    def apply(self, x: int) -> int:
        ...

    def apply(self, x: Optional[int]) -> Optional[int]:
        return None if x is None else x * 3


def use(n: int) -> Optional[int]:
    return half(n)


print(use(9), half(None), Scale().apply(4), Scale().apply(None))
