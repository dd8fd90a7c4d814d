# A static module's __final_constants__: its Final globals with a literal value, set
# once the body has run, as the reference's compiler does (CPython: no such name).
import __static__
from typing import Final

X: Final[int] = 21
Y: Final = "omg"
Z: int = 3


def p() -> str:
    return "x"


W: Final[str] = p()
print(X + Z, Y, W)

import atexit
atexit.register(lambda: print(globals().get("__final_constants__")))
