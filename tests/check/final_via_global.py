import __static__
from typing import Final

X: Final = 5


def f() -> None:
    global X
    X = 7  # error: Cannot assign to a Final variable
