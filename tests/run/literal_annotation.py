import __static__
from typing import Literal


def flag(on: bool) -> Literal[False]:
    return False


def mode(m: Literal["r", "w"]) -> str:
    return m + "b"


def level(x: Literal[1, 2, None] = None) -> int:
    if x is None:
        return 0
    return x * 10


print(flag(True), mode("r"), level(), level(2))
