import __static__
from typing import Final

N: Final[int] = 5
S: Final = "abc"


def f() -> int:
    return N + len(S)


print(f())
