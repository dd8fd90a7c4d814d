import __static__
from typing import Optional


class C:
    def __init__(self) -> None:
        self.x: Optional[int] = 5

    def f(self, b) -> int:
        if self.x is not None:
            y = not b
            return self.x + 1
        return 0


class Evil:
    def __init__(self, c: C) -> None:
        self.c = c

    def __bool__(self) -> bool:
        self.c.x = None
        return True


c = C()
try:
    print(c.f(Evil(c)))
except TypeError as e:
    print("TypeError", e)
