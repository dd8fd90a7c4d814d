import __static__
from typing import Final

A: Final[int] = 1
b = 2
del b
del A  # error: Cannot assign to a Final variable
