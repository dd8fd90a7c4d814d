import __static__
from typing import Final

A: Final = 1
B: int = 2
B = 3
A = 2  # error: Cannot assign to a Final variable
